#!/usr/bin/python3
"""Reference coordination numbers for MatInf's Voronoi and CrystalNN strategies (pymatgen).

Writes, next to this script:
  coordination.csv  one row per site of every structure of the shared library:
      file, site, species (pymatgen species_string), crystalnn_cn, voronoi_cn,
      crystalnn_error, voronoi_error (empty unless pymatgen raised; then the exception
      class and message, and the cn column is empty).
      crystalnn_cn = CrystalNN().get_cn(structure, site)  (all defaults: weighted_cn False,
      cation_anion False, distance_cutoffs (0.5, 1), x_diff_weight 3, porous_adjustment True,
      search_cutoff 7; get_cn's on_disorder 'take_majority_strict').
      voronoi_cn = VoronoiNN().get_cn(structure, site)  (defaults: tol 0, cutoff 13,
      weight solid_angle, allow_pathological False).
  neighbors.json    for a few structures (CASES below), per site: the CrystalNN shell
      (site index, image, distance) with the CN scores get_nn_data gives (cn -> score), and
      the Voronoi faces (site index, image, distance, solid_angle, area, volume, normalised
      weight) of VoronoiNN().get_voronoi_polyhedra.
Run with Debian's pymatgen:  /usr/bin/python3 make_environment_reference.py
The structure library is read from /work/shared/data/structures (override: MATINF_STRUCTURES);
file names are relative to it and come from its index.csv.
"""
import csv
import json
import os
import sys
import warnings

import numpy as np
import pymatgen
from pymatgen.analysis.local_env import CrystalNN, VoronoiNN
from pymatgen.core import Structure

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.environ.get("MATINF_STRUCTURES", "/work/shared/data/structures")

CASES = [
    "pymatgen/LiFePO4_P1.cif",
    "handmade/NaCl_B1_conv.vasp",
    "elements_cod/Cu.cif",
    "elements_cod/Fe.cif",
    "elements_cod/C.cif",
    "pymatgen/util_structures/SrTiO3.json",
    "cgcnn_cod_samples/COD_1101051.cif",
]


def load(rel):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return Structure.from_file(os.path.join(DATA, rel))


def error(ex):
    return (type(ex).__name__ + ": " + str(ex).strip().splitlines()[0])[:200] if str(ex).strip() else type(ex).__name__


def library():
    with open(os.path.join(DATA, "index.csv")) as fh:
        return sorted(r["file"] for r in csv.DictReader(fh))


def coordination_rows(files):
    cnn, vnn = CrystalNN(), VoronoiNN()
    rows = []
    for rel in files:
        try:
            s = load(rel)
        except Exception as ex:  # the file itself: one row with site -1
            rows.append([rel, -1, "", "", "", error(ex), error(ex)])
            continue
        for i, site in enumerate(s):
            row = [rel, i, site.species_string]
            errs = []
            for nn in (cnn, vnn):
                try:
                    with warnings.catch_warnings():
                        warnings.simplefilter("ignore")
                        row.append(int(nn.get_cn(s, i)))
                    errs.append("")
                except Exception as ex:
                    row.append("")
                    errs.append(error(ex))
            rows.append(row + errs)
        print(rel, len(s), file=sys.stderr)
    return rows


def rounded(x):
    return float(np.round(x, 10))


def details(rel):
    s = load(rel)
    cnn, vnn = CrystalNN(), VoronoiNN()
    sites = []
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        for i, site in enumerate(s):
            data = cnn.get_nn_data(s, i)
            shell = cnn.get_nn_info(s, i)
            poly = vnn.get_voronoi_polyhedra(s, i)
            max_angle = max(f["solid_angle"] for f in poly.values())
            faces = []
            for f in poly.values():
                nb = f["site"]
                faces.append({
                    "index": vnn._get_original_site(s, nb),
                    "image": [int(v) for v in vnn._get_image(s, nb)],
                    "distance": rounded(np.linalg.norm(nb.coords - site.coords)),
                    "solid_angle": rounded(f["solid_angle"]),
                    "area": rounded(f["area"]),
                    "volume": rounded(f["volume"]),
                    "weight": rounded(f["solid_angle"] / max_angle),
                })
            faces.sort(key=lambda f: (-f["solid_angle"], f["index"], f["image"]))
            sites.append({
                "site": i,
                "species": site.species_string,
                "crystalnn_cn": len(shell),
                "crystalnn_scores": {str(k): rounded(v) for k, v in sorted(data.cn_weights.items())},
                "crystalnn_shell": sorted(
                    [{"index": e["site_index"], "image": [int(v) for v in e["image"]],
                      "distance": rounded(np.linalg.norm(e["site"].coords - site.coords))} for e in shell],
                    key=lambda e: (e["distance"], e["index"], e["image"])),
                "voronoi_faces": faces,
                "voronoi_volume": rounded(sum(f["volume"] for f in poly.values())),
            })
    return {"file": rel, "volume": rounded(s.volume), "sites": sites}


def main():
    files = library()
    rows = coordination_rows(files)
    with open(os.path.join(HERE, "coordination.csv"), "w", newline="") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["file", "site", "species", "crystalnn_cn", "voronoi_cn", "crystalnn_error", "voronoi_error"])
        w.writerows(rows)
    out = {"pymatgen": pymatgen.core.__version__, "cases": [details(rel) for rel in CASES]}
    with open(os.path.join(HERE, "neighbors.json"), "w") as fh:
        json.dump(out, fh, indent=1)
        fh.write("\n")


if __name__ == "__main__":
    main()
