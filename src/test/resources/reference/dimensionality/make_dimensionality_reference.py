#!/usr/bin/python3
"""Reference dimensionalities of the structure library (pymatgen 2022.11.7, Debian).

Writes dimensionality.csv and components.csv next to this script.
Run with Debian's pymatgen:  /usr/bin/python3 make_dimensionality_reference.py

For every structure file (Structure.from_file, defaults):
  * three bondings, as MatInf's strategies of the same names:
      Covalent        = JmolNN() (tol 0.45 A, min_bond_distance 0.4 A) with its radii table replaced
                        by the Cordero et al. (2008) covalent radii of pymatgen's CovalentRadius.radius
      Jmol            = JmolNN() with its defaults (Jmol/OpenBabel radii, bonds_jmol_ob.yaml)
      MinimumDistance = MinimumDistanceNN() with its defaults (tol 0.1, cutoff 10 A)
  * cn_<bonds>: coordination numbers per site (len of get_all_nn_info), joined by ';'.
  * larsen_<bonds>: get_dimensionality_larsen(nn.get_bonded_structure(s)); the components
    (get_structure_components with inc_orientation and inc_site_ids) go to components.csv
    (column bonds): dimensionality, orientation (Miller indices of a 2-D layer, direction of a
    1-D chain; pymatgen's sign choice), sorted site indices, reduced formula of the component's
    sites; ncomp_<bonds> is their number.
  * cheon: get_dimensionality_cheon(s, standardize=False) (defaults otherwise: tolerance 0.45,
    JmolNN radii, 2x2x2 then 3x3x3 supercells) -- the cell as read, as MatInf computes it.
  * cheon_standard: the same with standardize=True (spglib conventional standard cell;
    informational, MatInf does not standardise).
  Cheon's method is skipped ("skipped") for cells of more than CHEON_MAX_SITES sites: pymatgen's
  pure-Python pair loop over a 2x2x2 or 3x3x3 supercell takes many minutes there.
status is 'ok' or 'error:<Exception>' (JmolNN cannot treat disordered sites).
"""
import copy
import csv
import os
import sys
import time
import warnings

from pymatgen.analysis.dimensionality import (get_dimensionality_cheon, get_dimensionality_larsen,
                                              get_structure_components)
from pymatgen.analysis.local_env import JmolNN, MinimumDistanceNN
from pymatgen.analysis.molecule_structure_comparator import CovalentRadius
from pymatgen.core import Structure

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.environ.get("MATINF_STRUCTURES", "/work/shared/data/structures")
EXTENSIONS = (".cif", ".vasp", ".json", ".xyz")
CHEON_MAX_SITES = 200


def files():
    out = []
    for root, _, names in os.walk(DATA):
        for n in names:
            if n.endswith(EXTENSIONS):
                out.append(os.path.relpath(os.path.join(root, n), DATA).replace(os.sep, "/"))
    return sorted(out)


def orientation(o):
    return "" if o is None else " ".join(str(int(x)) for x in o)


def covalent():
    nn = JmolNN()
    nn.el_radius = dict(CovalentRadius.radius)
    return nn


BONDINGS = [("Covalent", covalent), ("Jmol", JmolNN), ("MinimumDistance", MinimumDistanceNN)]


def cheon(s, standardize):
    try:
        d = get_dimensionality_cheon(copy.deepcopy(s), standardize=standardize)
        return "None" if d is None else str(d)
    except Exception as ex:  # noqa: BLE001 - recorded as the reference outcome
        return "error:" + type(ex).__name__


def main():
    rows, comps = [], []
    for rel in files():
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            try:
                s = Structure.from_file(os.path.join(DATA, rel))
            except Exception as ex:  # noqa: BLE001
                rows.append({"file": rel, "status": "error:" + type(ex).__name__})
                continue
            row = {"file": rel, "nsites": len(s), "formula": s.composition.reduced_formula}
            t0 = time.time()
            status = "ok"
            for name, make in BONDINGS:
                try:
                    nn = make()
                    row["cn_" + name] = ";".join(str(len(x)) for x in nn.get_all_nn_info(s))
                    bonded = nn.get_bonded_structure(s)
                    row["larsen_" + name] = get_dimensionality_larsen(bonded)
                    cs = get_structure_components(bonded, inc_orientation=True, inc_site_ids=True)
                    row["ncomp_" + name] = len(cs)
                    for c in cs:
                        ids = sorted(c["site_ids"])
                        comps.append({"file": rel, "bonds": name, "dimensionality": c["dimensionality"],
                                      "orientation": orientation(c["orientation"]),
                                      "site_ids": " ".join(map(str, ids)),
                                      "formula": Structure.from_sites([s[i] for i in ids]).composition.reduced_formula})
                except Exception as ex:  # noqa: BLE001
                    status = "error:" + type(ex).__name__
            row["status"] = status
            small = len(s) <= CHEON_MAX_SITES
            row["cheon"] = cheon(s, False) if small else "skipped"
            row["cheon_standard"] = cheon(s, True) if small else "skipped"
            print(rel, row.get("larsen_Covalent"), row.get("larsen_Jmol"), row.get("larsen_MinimumDistance"), row["cheon"], row["cheon_standard"], "%.1fs" % (time.time() - t0),
                  file=sys.stderr)
        rows.append(row)
    cols = ["file", "status", "formula", "nsites"]
    cols += ["larsen_" + b for b, _ in BONDINGS] + ["ncomp_" + b for b, _ in BONDINGS]
    cols += ["cheon", "cheon_standard"] + ["cn_" + b for b, _ in BONDINGS]
    with open(os.path.join(HERE, "dimensionality.csv"), "w", newline="") as f:
        w = csv.DictWriter(f, cols, lineterminator="\n")
        w.writeheader()
        w.writerows(rows)
    with open(os.path.join(HERE, "components.csv"), "w", newline="") as f:
        w = csv.DictWriter(f, ["file", "bonds", "dimensionality", "orientation", "site_ids", "formula"], lineterminator="\n")
        w.writeheader()
        w.writerows(comps)


if __name__ == "__main__":
    main()
