#!/usr/bin/env python3
"""The pymatgen side of org.matinf.bench.DimensionalityBench: the same cases, timed the same way
(median of repeated runs after warm-up; structures read beforehand). Bonds as MatInf's Covalent
strategy: JmolNN with the Cordero radii of CovalentRadius.radius (tolerance 0.45 A). Ordered
structures only (JmolNN cannot bond disordered sites). Needs Debian's python3-pymatgen; run with
/usr/bin/python3. Prints "case,seconds" lines; counts on standard error."""
import os
import sys
import warnings

warnings.filterwarnings("ignore")
from pymatgen.analysis.dimensionality import get_dimensionality_cheon, get_structure_components
from pymatgen.analysis.local_env import JmolNN
from pymatgen.analysis.molecule_structure_comparator import CovalentRadius
from pymatgen.core import Structure

from benchlib import library_files, timed

lib = sys.argv[1] if len(sys.argv) > 1 else "../shared/data/structures"
structures = [s for s in (Structure.from_file(f) for f in library_files(lib))
              if s.is_ordered and all(e.symbol in CovalentRadius.radius for e in s.composition.elements)]
elements = [s for f, s in ((f, Structure.from_file(f)) for f in library_files(lib))
            if "/elements_cod/" in f and s.is_ordered and len(s) <= 200]


def covalent():
    nn = JmolNN()
    nn.el_radius = dict(CovalentRadius.radius)
    return nn


def larsen_all():
    nn = covalent()
    return sum(len(get_structure_components(nn.get_bonded_structure(s), inc_orientation=True)) for s in structures)


bonded = [covalent().get_bonded_structure(s) for s in structures]


def components_only():
    return sum(len(get_structure_components(b, inc_orientation=True)) for b in bonded)


def cheon(s):
    try:
        return str(get_dimensionality_cheon(s.copy(), standardize=False))
    except ZeroDivisionError:  # an atom bonded only to its own images (e.g. Po): MatInf's "undetermined"
        return "undetermined"


def cheon_elements():
    return sum(len(cheon(s)) for s in elements)


print("larsen_covalent_library,%.6g" % timed(0, 3, larsen_all))
print("larsen_components_given_bonds_library,%.6g" % timed(1, 3, components_only))
print("cheon_elements_cod,%.6g" % timed(0, 1, cheon_elements))
print("pymatgen: %d structures, %d components; Cheon on %d element structures"
      % (len(structures), components_only(), len(elements)), file=sys.stderr)
