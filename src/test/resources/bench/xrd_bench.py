#!/usr/bin/env python3
"""The pymatgen side of bin/bench for powder patterns: the same cases as org.matinf.bench.XrdBench,
timed the same way (median of repeated runs after warm-up; structures read beforehand). Needs
Debian's python3-pymatgen; run with /usr/bin/python3. Prints "case,seconds" lines, and structures
per second on standard error."""
import os, sys, warnings
warnings.filterwarnings("ignore")
from pymatgen.core import Structure
from pymatgen.analysis.diffraction.xrd import XRDCalculator
from benchlib import library_files, timed

lib = sys.argv[1] if len(sys.argv) > 1 else "../shared/data/structures"

files = library_files(lib)
structures = [Structure.from_file(f) for f in files]
calc = XRDCalculator(wavelength="CuKa")

def all_patterns():
    return sum(len(calc.get_pattern(s, scaled=True, two_theta_range=(0, 90)).x) for s in structures)

t = timed(1, 3, all_patterns)
print("xrd_cuka_all_library_structures,%.6g" % t)
lfp = structures[files.index(os.path.join(lib, "pymatgen/LiFePO4_P1.cif"))]
print("xrd_cuka_LiFePO4_P1,%.6g" % timed(1, 3, lambda: calc.get_pattern(lfp)))
print("pymatgen XRD: %d structures in %.3f s = %.1f structures/s (%d peaks)"
      % (len(structures), t, len(structures) / t, all_patterns()), file=sys.stderr)
