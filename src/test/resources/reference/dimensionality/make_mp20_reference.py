#!/usr/bin/python3
"""Reference dimensionalities of the MP-20 subset's test split (pymatgen 2022.11.7, Debian).

Writes mp20_test.csv next to this script: for every row of
/work/shared/data/datasets/structures_mp20_subset/test.csv (override the folder with MATINF_DATASETS),
Structure.from_str(cif, fmt="cif") and
  larsen_Covalent: get_dimensionality_larsen of JmolNN() with the Cordero radii of
                   CovalentRadius.radius (as make_dimensionality_reference.py), and its component count;
  cheon:           get_dimensionality_cheon(s, standardize=False).
"""
import csv
import os
import warnings

from make_dimensionality_reference import cheon, covalent
from pymatgen.analysis.dimensionality import get_structure_components
from pymatgen.core import Structure

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.environ.get("MATINF_DATASETS", "/work/shared/data/datasets")


def main():
    rows = []
    with open(os.path.join(DATA, "structures_mp20_subset", "test.csv"), newline="") as f:
        for rec in csv.DictReader(f):
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                s = Structure.from_str(rec["cif"], fmt="cif")
                cs = get_structure_components(covalent().get_bonded_structure(s))
                rows.append({"material_id": rec["material_id"], "formula": s.composition.reduced_formula,
                             "larsen_Covalent": max(c["dimensionality"] for c in cs), "ncomp_Covalent": len(cs),
                             "cheon": cheon(s, False)})
    with open(os.path.join(HERE, "mp20_test.csv"), "w", newline="") as f:
        w = csv.DictWriter(f, list(rows[0]), lineterminator="\n")
        w.writeheader()
        w.writerows(rows)


if __name__ == "__main__":
    main()
