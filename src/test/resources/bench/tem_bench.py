#!/usr/bin/env python3
"""The pymatgen side of bin/bench for electron spot patterns: TEMCalculator(voltage=200,
beam_direction=(0, 0, 1)).get_pattern(structure) on the structures of
org.matinf.bench.SpotPatternBench (Al, Si, LiFePO4), timed the same way (median of repeated runs
after warm-up; structures read beforehand). pymatgen has no orientation other than a zone axis and
draws no image, so only the "saed_zone_pattern_<name>" cases have a pymatgen figure. Needs
Debian's python3-pymatgen; run with /usr/bin/python3. Prints "case,seconds" lines, and patterns
per second on standard error."""
import os
import sys
import warnings
warnings.filterwarnings("ignore")
from pymatgen.core import Structure
from pymatgen.analysis.diffraction.tem import TEMCalculator
from benchlib import timed

lib = sys.argv[1] if len(sys.argv) > 1 else "../shared/data/structures"
CASES = [("Al", "elements_cod/Al.cif"), ("Si", "elements_cod/Si.cif"), ("LiFePO4", "pymatgen/LiFePO4_P1.cif")]

calc = TEMCalculator(voltage=200, beam_direction=(0, 0, 1))
for name, rel in CASES:
    s = Structure.from_file(os.path.join(lib, rel))
    t = timed(1, 3, lambda: calc.get_pattern(s))
    print("saed_zone_pattern_%s,%.6g" % (name, t))
    print("pymatgen TEM %s [0 0 1]: %.2f patterns/s (%d spots)" % (name, 1 / t, len(calc.get_pattern(s))),
          file=sys.stderr)
