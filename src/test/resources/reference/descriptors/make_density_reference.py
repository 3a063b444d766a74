#!/usr/bin/python3
"""Reference numbers for MatInf's DensityFeatures (matminer's DensityFeatures convention), from pymatgen.

For every structure file of the shared library that pymatgen reads (the 178 "ok" rows of
../structures.csv) it writes density_features.csv next to this script:
  density          = Structure.density (g/cm^3)
  vpa              = volume / number of sites (A^3), ordered structures only
  packing_fraction = 4/3 pi sum over sites of Element.atomic_radius^3 / volume, ordered only
Disordered structures (and sites whose element has no atomic radius) get an empty cell, as
matminer raises for them.
Run with Debian's pymatgen:  /usr/bin/python3 make_density_reference.py
"""
import csv
import math
import os
import warnings

from pymatgen.core import Structure

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.environ.get("MATINF_STRUCTURES", "/work/shared/data/structures")


def element(specie):
    return getattr(specie, "element", specie)


def main():
    with open(os.path.join(HERE, "..", "structures.csv"), newline="") as f:
        files = [r["file"] for r in csv.DictReader(f) if r["status"] == "ok"]
    rows = []
    for rel in files:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            s = Structure.from_file(os.path.join(DATA, rel))
        vpa = pf = ""
        if s.is_ordered:
            vpa = repr(float(s.volume / len(s)))
            radii = [element(site.specie).atomic_radius for site in s]
            if all(r is not None for r in radii):
                pf = repr(float(4 * math.pi * sum(float(r) ** 3 for r in radii) / (3 * s.volume)))
        rows.append([rel, repr(float(s.density)), vpa, pf, "1" if s.is_ordered else "0"])
    with open(os.path.join(HERE, "density_features.csv"), "w", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["file", "density", "vpa", "packing_fraction", "ordered"])
        w.writerows(rows)
    print(len(rows), "structures")


if __name__ == "__main__":
    main()
