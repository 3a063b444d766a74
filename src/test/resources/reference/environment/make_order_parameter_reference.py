#!/usr/bin/python3
"""Reference numbers for local environments (Debian pymatgen 2022.11.7).

Run with Debian's pymatgen:  /usr/bin/python3 make_order_parameter_reference.py
Writes next to this script:

order_parameters.json
  cases: a central position and an explicit list of neighbour positions (Cartesian, Å), so that
  the comparison does not depend on any neighbour-finding method. Ideal polyhedra (bond 2 Å, a
  fixed rotation, a shifted centre), the same polyhedra with seeded random distortions, and real
  sites of library structures whose neighbours pymatgen's MinimumDistanceNN (defaults) or
  CrystalNN (defaults) chose.
  For every case:
    "ops": each type of TYPES computed ALONE with pymatgen's default parameters,
        LocalStructOrderParams([t]).get_order_parameters(sites, 0, indices_neighs=[1..n])
        (null where pymatgen returns None);
    "motifs": for a coordination number listed in pymatgen's cn_opt_params.yaml, each motif of
        that coordination number computed ALONE with the motif's parameters (what MatInf's
        polyhedron recognition scores);
    "motifs_batch": the same motifs computed together in one LocalStructOrderParams, as
        NearNeighbors.get_local_order_parameters does. pymatgen 2022.11.7 adds the south-pole
        terms of the bipyramid-like types only to the LAST type of such a list (a loop variable
        leaks), so the batch values of e.g. "octahedral" (oct_max before pent_pyr) differ from
        the values computed alone; the file keeps both to document this.
minimum_distance_cn.csv
  file,index,species,cn: MinimumDistanceNN() (tol 0.1, cutoff 10 Å) coordination number of every
  site of every structure of the shared library (Structure.from_file, defaults).
"""
import csv
import json
import os
import sys
import warnings

import numpy as np
import pymatgen.core
from pymatgen.analysis.local_env import (CrystalNN, LocalStructOrderParams, MinimumDistanceNN,
                                         cn_opt_params)
from pymatgen.core import Site, Structure

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.environ.get("MATINF_STRUCTURES", "/work/shared/data/structures")

TYPES = ["cn", "sgl_bd", "bent", "T", "see_saw_rect", "tet", "tet_max", "oct", "oct_max", "oct_legacy",
         "bcc", "tri_plan", "tri_plan_max", "sq_plan", "sq_plan_max", "pent_plan", "pent_plan_max",
         "hex_plan_max", "tri_pyr", "sq_pyr", "sq_pyr_legacy", "pent_pyr", "hex_pyr", "tri_bipyr",
         "sq_bipyr", "pent_bipyr", "hex_bipyr", "cuboct", "cuboct_max", "q2", "q4", "q6"]

S3 = np.sqrt(3.0)


def polar(theta_deg, phi_deg):
    t, p = np.radians(theta_deg), np.radians(phi_deg)
    return [np.sin(t) * np.cos(p), np.sin(t) * np.sin(p), np.cos(t)]


def ring(n, theta=90.0, offset=0.0):
    return [polar(theta, offset + 360.0 * i / n) for i in range(n)]


IDEAL = {
    "single": [[0, 0, 1]],
    "linear": [[0, 0, 1], [0, 0, -1]],
    "bent_120": [polar(90, 0), polar(90, 120)],
    "water_like": [polar(90, 0), polar(90, 104.45)],
    "L_shaped": [polar(90, 0), polar(90, 90)],
    "trigonal_planar": ring(3),
    "T_shaped": [polar(90, 0), polar(90, 90), polar(90, 180)],
    "trigonal_non_coplanar": [[1, 1, 1], [1, -1, -1], [-1, 1, -1]],
    "tetrahedron": [[1, 1, 1], [1, -1, -1], [-1, 1, -1], [-1, -1, 1]],
    "square_planar": ring(4),
    "trigonal_pyramid": ring(3) + [[0, 0, 1]],
    "see_saw": [[0, 0, 1], [0, 0, -1], polar(90, 0), polar(90, 120)],
    "rect_see_saw": [[0, 0, 1], [0, 0, -1], polar(90, 0), polar(90, 90)],
    "square_pyramid": ring(4) + [[0, 0, 1]],
    "trigonal_bipyramid": ring(3) + [[0, 0, 1], [0, 0, -1]],
    "pentagonal_planar": ring(5),
    "octahedron": ring(4) + [[0, 0, 1], [0, 0, -1]],
    "trigonal_prism": ring(3, 54.7356, 0) + ring(3, 125.2644, 0),
    "hexagonal_planar": ring(6),
    "pentagonal_pyramid": ring(5) + [[0, 0, 1]],
    "hexagonal_pyramid": ring(6) + [[0, 0, 1]],
    "pentagonal_bipyramid": ring(5) + [[0, 0, 1], [0, 0, -1]],
    "cube": [[x, y, z] for x in (1, -1) for y in (1, -1) for z in (1, -1)],
    "hexagonal_bipyramid": ring(6) + [[0, 0, 1], [0, 0, -1]],
    "bcc_8_plus_6": [[x, y, z] for x in (1, -1) for y in (1, -1) for z in (1, -1)]
    + [[2 / S3, 0, 0], [-2 / S3, 0, 0], [0, 2 / S3, 0], [0, -2 / S3, 0], [0, 0, 2 / S3], [0, 0, -2 / S3]],
    "cuboctahedron": [[x, y, 0] for x in (1, -1) for y in (1, -1)] + [[x, 0, z] for x in (1, -1) for z in (1, -1)]
    + [[0, y, z] for y in (1, -1) for z in (1, -1)],
    "anticuboctahedron": ring(6) + ring(3, 54.7356, 30) + ring(3, 125.2644, 30),
}


def rotation():
    a, b, c = np.radians([23.0, 41.0, 67.0])
    rz = np.array([[np.cos(a), -np.sin(a), 0], [np.sin(a), np.cos(a), 0], [0, 0, 1]])
    rx = np.array([[1, 0, 0], [0, np.cos(b), -np.sin(b)], [0, np.sin(b), np.cos(b)]])
    rz2 = np.array([[np.cos(c), -np.sin(c), 0], [np.sin(c), np.cos(c), 0], [0, 0, 1]])
    return rz2 @ rx @ rz


def op_values(center, neighbours, types, params):
    sites = [Site("H", center)] + [Site("H", p) for p in neighbours]
    ops = LocalStructOrderParams(types, parameters=params)
    vals = ops.get_order_parameters(sites, 0, indices_neighs=list(range(1, len(neighbours) + 1)))
    return [None if v is None else float(v) for v in vals]


def case(label, source, center, neighbours):
    center = [float(x) for x in center]
    neighbours = [[float(x) for x in p] for p in neighbours]
    ops = {t: op_values(center, neighbours, [t], None)[0] for t in TYPES}
    entry = {"label": label, "source": source, "center": center, "neighbors": neighbours, "ops": ops}
    cn = len(neighbours)
    if cn in cn_opt_params:
        names = list(cn_opt_params[cn])
        types = [cn_opt_params[cn][n][0] for n in names]
        params = [cn_opt_params[cn][n][1] if len(cn_opt_params[cn][n]) > 1 else None for n in names]
        entry["motifs"] = {n: op_values(center, neighbours, [t], [p])[0] for n, t, p in zip(names, types, params)}
        batch = op_values(center, neighbours, types, params)
        entry["motifs_batch"] = dict(zip(names, batch))
    return entry


def load(rel):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return Structure.from_file(os.path.join(DATA, rel))


REAL_SITES = [  # (file, strategy name, site indices)
    ("handmade/NaCl_B1_conv.vasp", "MinimumDistanceNN", [0, 4]),
    ("elements_cod/Si.cif", "MinimumDistanceNN", [0]),
    ("elements_cod/Cu.cif", "MinimumDistanceNN", [0]),
    ("elements_cod/Fe.cif", "MinimumDistanceNN", [0]),
    ("elements_cod/Mg.cif", "MinimumDistanceNN", [0]),
    ("cod_cif2cell/anatase.cif", "MinimumDistanceNN", [0, 4]),
    ("cgcnn_cod_samples/COD_1101051.cif", "MinimumDistanceNN", [0, 2]),
    ("cgcnn_cod_samples/COD_1507756.cif", "MinimumDistanceNN", [0, 1, 2]),
    ("pymatgen/LiFePO4.vasp", "CrystalNN", list(range(28))),
]


def main():
    rot = rotation()
    rng = np.random.default_rng(20240508)
    shift = np.array([0.3, -0.2, 0.1])
    cases = []
    for label, dirs in IDEAL.items():
        unit = [np.asarray(d, float) / np.linalg.norm(d) for d in dirs]
        ideal = [shift + 2.0 * rot @ u for u in unit]
        cases.append(case(label, "ideal", shift, ideal))
        for k in range(2):
            noisy = [p + rng.normal(0.0, 0.08, 3) for p in ideal]
            cases.append(case(f"{label}_distorted_{k}", "ideal + N(0, 0.08 Å) noise", shift, noisy))
    strategies = {"MinimumDistanceNN": MinimumDistanceNN(), "CrystalNN": CrystalNN()}
    for rel, name, indices in REAL_SITES:
        s = load(rel)
        for i in indices:
            nn = strategies[name].get_nn_info(s, i)
            pts = [n["site"].coords for n in nn]
            c = case(f"{rel} site {i} ({s[i].species_string})", f"{name} neighbours of {rel}", s[i].coords, pts)
            c["species"] = s[i].species_string
            cases.append(c)
    with open(os.path.join(HERE, "order_parameters.json"), "w") as f:
        json.dump({"pymatgen": pymatgen.core.__version__, "types": TYPES, "cases": cases}, f, indent=1)

    files = []
    for root, _dirs, names in os.walk(DATA):
        for n in names:
            low = n.lower()
            if low != "index.csv" and (low.endswith((".cif", ".vasp", ".json")) or "poscar" in low):
                files.append(os.path.relpath(os.path.join(root, n), DATA))
    files.sort()
    mdnn = MinimumDistanceNN()
    rows = []
    for rel in files:
        s = load(rel)
        for i in range(len(s)):
            rows.append([rel, i, s[i].species_string, len(mdnn.get_nn_info(s, i))])
    with open(os.path.join(HERE, "minimum_distance_cn.csv"), "w", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["file", "index", "species", "cn"])
        w.writerows(rows)
    print(f"pymatgen {pymatgen.core.__version__}: {len(cases)} order-parameter cases, {len(files)} files, "
          f"{len(rows)} sites", file=sys.stderr)


if __name__ == "__main__":
    main()
