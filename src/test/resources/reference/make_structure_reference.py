#!/usr/bin/python3
"""Reference numbers for structure-file parsing, computed with pymatgen.

Writes structures.csv and structures_sites.csv next to this script.
Run with Debian's pymatgen:  /usr/bin/python3 make_structure_reference.py
"""
import csv
import os
import sys
import warnings

import pymatgen
from pymatgen.core import Structure

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.environ.get("MATINF_STRUCTURES", "/work/shared/data/structures")


def is_structure_file(name):
    low = name.lower()
    if low == "index.csv":
        return False
    return (low.endswith(".cif") or low.endswith(".vasp") or low.endswith(".json")
            or "poscar" in low or "contcar" in low)


def short_msg(exc):
    msg = " ".join(str(exc).split())
    msg = msg.replace(",", ";")
    if len(msg) > 150:
        msg = msg[:150] + "..."
    return f"error:{type(exc).__name__}: {msg}"


def main():
    files = []
    for root, _dirs, names in os.walk(DATA):
        for n in names:
            if is_structure_file(n):
                files.append(os.path.relpath(os.path.join(root, n), DATA))
    files.sort()

    rows, site_rows = [], []
    for rel in files:
        path = os.path.join(DATA, rel)
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                s = Structure.from_file(path)
        except Exception as exc:  # record and continue
            rows.append([rel, short_msg(exc)] + [""] * 12)
            continue
        lat = s.lattice
        species = sorted({site.species_string for site in s})
        rows.append([
            rel, "ok", s.composition.formula, s.composition.reduced_formula, len(s),
            repr(float(lat.a)), repr(float(lat.b)), repr(float(lat.c)),
            repr(float(lat.alpha)), repr(float(lat.beta)), repr(float(lat.gamma)),
            repr(float(lat.volume)), repr(float(s.density)), "|".join(species),
        ])
        for i, site in enumerate(s):
            fx, fy, fz = (float(v) for v in site.frac_coords)
            site_rows.append([rel, i, site.species_string, repr(fx), repr(fy), repr(fz),
                              repr(float(site.species.num_atoms))])

    with open(os.path.join(HERE, "structures.csv"), "w", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["file", "status", "formula", "reduced_formula", "nsites", "a", "b", "c",
                    "alpha", "beta", "gamma", "volume", "density", "species"])
        w.writerows(rows)
    with open(os.path.join(HERE, "structures_sites.csv"), "w", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["file", "index", "species_string", "frac_x", "frac_y", "frac_z", "occu_sum"])
        w.writerows(site_rows)
    nerr = sum(1 for r in rows if r[1] != "ok")
    print(f"pymatgen {pymatgen.core.__version__}: {len(rows)} files, {nerr} errors, "
          f"{len(site_rows)} sites", file=sys.stderr)


if __name__ == "__main__":
    main()
