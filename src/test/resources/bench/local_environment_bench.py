#!/usr/bin/env python3
"""The pymatgen side of bin/bench for org.matinf.bench.LocalEnvironmentBench: CrystalNN and VoronoiNN
coordination numbers (defaults, get_cn) of every site of every structure of the shared library,
structures read before timing. One timed run each (pymatgen takes minutes). Needs Debian's
python3-pymatgen; run with /usr/bin/python3. Prints "case,seconds" lines."""
import sys
import warnings
warnings.filterwarnings("ignore")
from pymatgen.analysis.local_env import CrystalNN, VoronoiNN
from pymatgen.core import Structure
from benchlib import library_files, timed

lib = sys.argv[1] if len(sys.argv) > 1 else "../shared/data/structures"
structures = [Structure.from_file(f) for f in library_files(lib)]


def all_cn(nn):
    total = 0
    for s in structures:
        for i in range(len(s)):
            try:
                total += nn.get_cn(s, i)
            except Exception:  # pymatgen refuses sites without a majority species; they still cost time
                pass
    return total


print("crystalnn_cn_library_all_sites,%.6g" % timed(0, 1, lambda: all_cn(CrystalNN())))
print("voronoi_cn_library_all_sites,%.6g" % timed(0, 1, lambda: all_cn(VoronoiNN())))
