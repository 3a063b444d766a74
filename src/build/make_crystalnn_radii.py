#!/usr/bin/python3
"""Builds src/main/resources/org/matinf/core/environment/crystalnn_radii.csv, the radii CrystalNN's
smooth distance cut-offs need.

Columns: symbol; covalent_radius = the covalent radius table pymatgen's CrystalNN uses
(pymatgen.analysis.molecule_structure_comparator.CovalentRadius: Cordero et al., Dalton Trans.
2008, 2832); ionic_radii = "oxidation:radius" pairs (Shannon-based 'Ionic radii' of pymatgen's
periodic_table.json), space-separated; average_cationic_radius / average_anionic_radius = means
of the radii of positive / negative oxidation states (0 when none). Radii in Å, empty when unknown.
Data: pymatgen (MIT licence, Materials Project / pymatgen developers). Run from the project root
with Debian's pymatgen:  /usr/bin/python3 src/build/make_crystalnn_radii.py
The build never runs this; the CSV it writes is committed.
"""
import csv

from pymatgen.analysis.molecule_structure_comparator import CovalentRadius
from pymatgen.core import Element

OUT = "src/main/resources/org/matinf/core/environment/crystalnn_radii.csv"

rows = []
for el in Element:
    ionic = el.ionic_radii
    cov = CovalentRadius.radius.get(el.symbol)
    if cov is None and not ionic:
        continue
    rows.append([el.symbol, "" if cov is None else repr(float(cov)),
                 " ".join(f"{k}:{float(v)!r}" for k, v in sorted(ionic.items())),
                 repr(float(el.average_cationic_radius)), repr(float(el.average_anionic_radius))])
with open(OUT, "w", newline="") as fh:
    fh.write("# Radii for CrystalNN's distance cut-offs: covalent radii of Cordero et al. (Dalton Trans. 2008, 2832) and\n"
             "# ionic radii, as tabulated in pymatgen (MIT licence, Materials Project / pymatgen developers);\n"
             "# built by src/build/make_crystalnn_radii.py. Radii in angstrom.\n")
    w = csv.writer(fh, lineterminator="\n")
    w.writerow(["symbol", "covalent_radius", "ionic_radii", "average_cationic_radius", "average_anionic_radius"])
    w.writerows(rows)
