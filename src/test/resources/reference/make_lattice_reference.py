#!/usr/bin/python3
"""Reference numbers for lattice geometry, computed with pymatgen + numpy.

Writes lattices.json (full data) and lattices.csv (one row per lattice, scalars
only) next to this script.
Run with Debian's pymatgen:  /usr/bin/python3 make_lattice_reference.py

Conventions (pymatgen):
  * reciprocal_lattice includes the 2*pi factor, reciprocal_lattice_crystallographic
    does not; rows of every matrix are the lattice vectors (Angstrom / 1/Angstrom).
  * d_hkl = 1/|h a* + k b* + l c*|.
  * plane_angles: angle (degrees) between the normals of two lattice planes, i.e.
    between the Cartesian reciprocal vectors g1 = h1 a*+k1 b*+l1 c* and g2; computed
    here with numpy from reciprocal_lattice_crystallographic (no pymatgen one-call).
  * frac_to_cart: lattice.get_cartesian_coords((0.1, 0.2, 0.3)).
"""
import csv
import json
import os
import warnings

import numpy as np
import pymatgen
from pymatgen.core import Lattice, Structure

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.environ.get("MATINF_STRUCTURES", "/work/shared/data/structures")

HKLS = [(1, 0, 0), (1, 1, 0), (1, 1, 1), (2, 1, 0), (1, 2, 3), (-1, 2, 0)]
PLANE_PAIRS = [((1, 0, 0), (0, 1, 0)), ((1, 1, 0), (1, 1, 1)), ((1, 2, 3), (-1, 0, 2))]
FRAC = (0.1, 0.2, 0.3)

STRUCTURE_FILES = [
    "pymatgen/LiFePO4_P1.cif",
    "pymatgen/FePO4_P1.cif",
    "pymatgen/La2CoO4_P1.cif",
    "pymatgen/util_structures/TlBiSe2.json",
    "elements_cod/Pu-alpha.cif",
]


def lattices():
    out = [
        ("cubic_a4.05", "parameters", Lattice.cubic(4.05)),
        ("tetragonal_a3.785_c9.514", "parameters", Lattice.tetragonal(3.785, 9.514)),
        ("hexagonal_a3.209_c5.211", "parameters", Lattice.hexagonal(3.209, 5.211)),
        ("rhombohedral_a4.131_alpha54.167", "parameters", Lattice.rhombohedral(4.131, 54.167)),
        ("orthorhombic_10.33_6.01_4.69", "parameters", Lattice.orthorhombic(10.33, 6.01, 4.69)),
        ("monoclinic_5.0_7.0_9.0_beta115", "parameters", Lattice.monoclinic(5.0, 7.0, 9.0, 115.0)),
        ("triclinic_5.1_6.2_7.3_80_95_110", "parameters",
         Lattice.from_parameters(5.1, 6.2, 7.3, 80.0, 95.0, 110.0)),
        ("skew_matrix_1", "matrix",
         Lattice(np.array([[1, 0, 0], [0.5, 1, 0], [0.3, 0.2, 1]], dtype=float) * 4)),
        ("skew_matrix_2", "matrix",
         Lattice([[3.0, 0.0, 0.0], [2.9, 0.5, 0.0], [-1.0, 1.5, 6.0]])),
        # left-handed (negative determinant) distorted fcc-like cell
        ("skew_matrix_3_lefthanded", "matrix",
         Lattice([[2.5, 0.0, 2.6], [0.0, 2.5, 2.5], [2.4, 2.5, 0.0]])),
    ]
    for rel in STRUCTURE_FILES:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            s = Structure.from_file(os.path.join(DATA, rel))
        out.append((rel, "structure_file", s.lattice))
    return out


def mat(m):
    return [[float(x) for x in row] for row in np.asarray(m)]


def vec(v):
    return [float(x) for x in v]


def lat_summary(lat):
    return {"matrix": mat(lat.matrix), "abc": vec(lat.abc), "angles": vec(lat.angles),
            "volume": float(lat.volume)}


def plane_angle(rec, h1, h2):
    g1 = rec.get_cartesian_coords(h1)
    g2 = rec.get_cartesian_coords(h2)
    c = np.dot(g1, g2) / (np.linalg.norm(g1) * np.linalg.norm(g2))
    return float(np.degrees(np.arccos(np.clip(c, -1.0, 1.0))))


def main():
    records = []
    for name, source, lat in lattices():
        rec = lat.reciprocal_lattice_crystallographic
        r = {"name": name, "source": source}
        r.update(lat_summary(lat))
        r["signed_det"] = float(np.linalg.det(lat.matrix))
        r["reciprocal_lattice"] = mat(lat.reciprocal_lattice.matrix)
        r["reciprocal_lattice_crystallographic"] = mat(rec.matrix)
        r["metric_tensor"] = mat(lat.metric_tensor)
        r["d_hkl"] = [{"hkl": list(h), "d": float(lat.d_hkl(h))} for h in HKLS]
        r["plane_angles_deg"] = [{"hkl1": list(a), "hkl2": list(b), "angle": plane_angle(rec, a, b)}
                                 for a, b in PLANE_PAIRS]
        r["niggli"] = lat_summary(lat.get_niggli_reduced_lattice())
        r["lll"] = lat_summary(lat.get_lll_reduced_lattice())
        r["frac_to_cart"] = {"frac": list(FRAC), "cart": vec(lat.get_cartesian_coords(FRAC))}
        records.append(r)

    with open(os.path.join(HERE, "lattices.json"), "w") as f:
        json.dump({"generator": "make_lattice_reference.py",
                   "pymatgen_version": pymatgen.core.__version__,
                   "lattices": records}, f, indent=1)
        f.write("\n")

    header = ["name", "source", "a", "b", "c", "alpha", "beta", "gamma", "volume"]
    header += ["d_" + "_".join(str(i) for i in h) for h in HKLS]
    header += [f"angle_{'_'.join(map(str, a))}__{'_'.join(map(str, b))}" for a, b in PLANE_PAIRS]
    header += ["niggli_a", "niggli_b", "niggli_c", "niggli_alpha", "niggli_beta", "niggli_gamma",
               "lll_a", "lll_b", "lll_c", "lll_alpha", "lll_beta", "lll_gamma",
               "cart_x", "cart_y", "cart_z"]
    with open(os.path.join(HERE, "lattices.csv"), "w", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(header)
        for r in records:
            row = [r["name"], r["source"]] + r["abc"] + r["angles"] + [r["volume"]]
            row += [d["d"] for d in r["d_hkl"]]
            row += [p["angle"] for p in r["plane_angles_deg"]]
            row += r["niggli"]["abc"] + r["niggli"]["angles"] + r["lll"]["abc"] + r["lll"]["angles"]
            row += r["frac_to_cart"]["cart"]
            w.writerow([repr(x) if isinstance(x, float) else x for x in row])
    print(f"pymatgen {pymatgen.core.__version__}: {len(records)} lattices")


if __name__ == "__main__":
    main()
