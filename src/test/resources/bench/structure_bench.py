#!/usr/bin/env python3
"""The pymatgen side of bin/bench: the same cases as org.matinf.bench.StructureBench, timed the
same way (median of repeated runs after warm-up). Needs Debian's python3-pymatgen; run with
/usr/bin/python3. Prints "case,seconds" lines."""
import os, sys, warnings
warnings.filterwarnings("ignore")
from pymatgen.core import Structure
from benchlib import library_files, timed

lib = sys.argv[1] if len(sys.argv) > 1 else "../shared/data/structures"

files = library_files(lib)

def read_all():
    return sum(len(Structure.from_file(f)) for f in files)

print("read_all_library_files,%.6g" % timed(1, 3, read_all))
cu = Structure.from_file(os.path.join(lib, "elements_cod/Cu.cif")) * (10, 10, 10)
print("neighbors_Cu_4000_atoms_r3,%.6g" % timed(1, 3, lambda: cu.get_all_neighbors(3.0)))
print("neighbors_Cu_4000_atoms_r6,%.6g" % timed(1, 3, lambda: cu.get_all_neighbors(6.0)))
print("neighbor_arrays_Cu_4000_atoms_r3,%.6g" % timed(1, 5, lambda: cu.get_neighbor_list(3.0)))
print("neighbor_arrays_Cu_4000_atoms_r6,%.6g" % timed(1, 5, lambda: cu.get_neighbor_list(6.0)))
lfp = Structure.from_file(os.path.join(lib, "pymatgen/LiFePO4_P1.cif")) * (3, 3, 3)
print("neighbors_LiFePO4_756_atoms_r5,%.6g" % timed(1, 3, lambda: lfp.get_all_neighbors(5.0)))
