#!/usr/bin/python3
"""Reference numbers for periodic neighbour search and supercells (pymatgen).

Writes neighbors.json next to this script.
Run with Debian's pymatgen:  /usr/bin/python3 make_neighbor_reference.py

neighbors: for each structure (read with Structure.from_file, defaults) and radius r,
  structure.get_all_neighbors(r) summarised per site (index, species_string, count,
  sorted distances rounded to 6 decimals; the site itself at distance 0 is excluded,
  periodic images of the site itself are included), plus the total pair count
  len(structure.get_neighbor_list(r)[0]) (directed pairs i->j, i.e. each pair twice).
  Entries with "supercell" set were built as Structure.from_file(file) * supercell.
supercells: structure * matrix (rows of matrix multiply the lattice rows:
  new_lattice = matrix @ old_lattice), with nsites, lattice, volume, formula.
"""
import json
import os
import warnings

import numpy as np
import pymatgen
from pymatgen.core import Structure

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.environ.get("MATINF_STRUCTURES", "/work/shared/data/structures")

RADII = [2.5, 3.5, 5.0]

NEIGHBOR_CASES = [  # (label, file, supercell or None)
    ("Cu_fcc_conv", "elements_cod/Cu.cif", None),
    ("Fe_bcc_conv", "elements_cod/Fe.cif", None),
    ("NaCl_conv", "handmade/NaCl_B1_conv.vasp", None),
    ("Si_diamond_conv", "elements_cod/Si.cif", None),
    ("LiFePO4", "pymatgen/LiFePO4_P1.cif", None),
    ("GaAs_prim_2x2x2", "pymatgen/GaAs_zincblende_prim.vasp", [2, 2, 2]),
    ("FePO4_triclinic", "pymatgen/FePO4_P1.cif", None),
    ("Mg_hcp", "elements_cod/Mg.cif", None),
    ("graphite", "elements_cod/C.cif", None),
]

SUPERCELL_FILES = [
    "elements_cod/Cu.cif",
    "handmade/NaCl_B1_conv.vasp",
    "elements_cod/Mg.cif",
    "pymatgen/LiFePO4_P1.cif",
]
MATRICES = [
    [[2, 0, 0], [0, 2, 0], [0, 0, 2]],
    [[1, 1, 0], [-1, 1, 0], [0, 0, 1]],
    [[2, 1, 0], [0, 1, 0], [0, 0, 3]],
]


def load(rel):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return Structure.from_file(os.path.join(DATA, rel))


def lattice_dict(lat):
    return {"matrix": [[float(x) for x in row] for row in lat.matrix],
            "abc": [float(x) for x in lat.abc], "angles": [float(x) for x in lat.angles],
            "volume": float(lat.volume)}


def main():
    neighbors = []
    for label, rel, sc in NEIGHBOR_CASES:
        s = load(rel)
        if sc is not None:
            s = s * sc
        entry = {"label": label, "file": rel, "supercell": sc, "nsites": len(s),
                 "formula": s.composition.formula, "radii": []}
        for r in RADII:
            all_nn = s.get_all_neighbors(r)
            sites = []
            for i, nn in enumerate(all_nn):
                d = sorted(round(float(n.nn_distance), 6) for n in nn)
                sites.append({"index": i, "species": s[i].species_string, "count": len(nn),
                              "distances": d})
            centers = s.get_neighbor_list(r)[0]
            entry["radii"].append({"r": r, "total_pairs_get_neighbor_list": int(len(centers)),
                                   "total_pairs_get_all_neighbors": int(sum(len(x) for x in all_nn)),
                                   "sites": sites})
        neighbors.append(entry)

    supercells = []
    for rel in SUPERCELL_FILES:
        s = load(rel)
        for m in MATRICES:
            sup = s * m
            supercells.append({
                "file": rel, "matrix": m, "det": int(round(np.linalg.det(m))),
                "input_nsites": len(s), "nsites": len(sup),
                "formula": sup.composition.formula,
                "reduced_formula": sup.composition.reduced_formula,
                "lattice": lattice_dict(sup.lattice),
            })

    with open(os.path.join(HERE, "neighbors.json"), "w") as f:
        json.dump({"generator": "make_neighbor_reference.py",
                   "pymatgen_version": pymatgen.core.__version__,
                   "neighbors": neighbors, "supercells": supercells}, f, indent=1)
        f.write("\n")
    print(f"pymatgen {pymatgen.core.__version__}: {len(neighbors)} neighbour cases, "
          f"{len(supercells)} supercells")


if __name__ == "__main__":
    main()
