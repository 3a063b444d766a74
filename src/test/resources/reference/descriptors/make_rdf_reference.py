#!/usr/bin/python3
"""Independent NumPy reference for MatInf's radial distribution functions (matminer's conventions).

pymatgen only reads the files (lattice, Cartesian coordinates, elements); the distances come from
a brute-force NumPy loop over lattice translations, not from pymatgen's neighbour search.
  RDF(bin)        = count of (centre, neighbour) distances in the bin, summed over all centres,
                    / shell volume 4/3 pi (r2^3 - r1^3) / (N / V)
  PRDF_AB(bin)    = count of B neighbours of A centres in the bin / shell volume / N_A
Bins: numpy.histogram with edges arange(0, cutoff + bin, bin) (matminer's).
Elements of the partial RDFs are ordered as pymatgen sorts Elements (electronegativity, symbol).

Writes rdf.json (cut-off 20 A, bin 0.1 A) for four structures and rdf_timing.json, the time this
NumPy RDF takes for every ordered structure of the shared library (for StructureDescriptorBench).
Run:  /usr/bin/python3 make_rdf_reference.py
"""
import csv
import json
import math
import os
import time
import warnings

import numpy as np
from pymatgen.core import Structure

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.environ.get("MATINF_STRUCTURES", "/work/shared/data/structures")
CUTOFF, BIN = 20.0, 0.1
CASES = ["pymatgen/Si_diamond_P1.cif", "handmade/NaCl_B1_conv.vasp", "pymatgen/LiFePO4.vasp",
         "handmade/ZnO_wurtzite.vasp"]


def read(rel):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return Structure.from_file(os.path.join(DATA, rel))


def pair_distances(lattice, cart, cutoff):
    """For each centre i, the distances to every atom j + translation within cutoff (self excluded)."""
    recip = np.linalg.inv(lattice).T  # rows: reciprocal vectors without 2 pi
    reach = [int(math.ceil(cutoff * np.linalg.norm(recip[k]))) + 1 for k in range(3)]
    grid = np.array(np.meshgrid(*[np.arange(-r, r + 1) for r in reach], indexing="ij")).reshape(3, -1).T
    shifts = grid @ lattice
    images = (cart[None, :, :] + shifts[:, None, :]).reshape(-1, 3)
    owner = np.tile(np.arange(len(cart)), len(shifts))
    out = []
    for i in range(len(cart)):
        d = np.linalg.norm(images - cart[i], axis=1)
        keep = (d > 1e-8) & (d <= cutoff)
        out.append((d[keep], owner[keep]))
    return out


def edges():
    return np.arange(0, CUTOFF + BIN, BIN)


def shell_volumes(e):
    return 4.0 / 3.0 * math.pi * (e[1:] ** 3 - e[:-1] ** 3)


def rdf(lattice, cart, volume):
    e = edges()
    all_d = np.concatenate([d for d, _ in pair_distances(lattice, cart, CUTOFF)])
    hist, _ = np.histogram(all_d, bins=e)
    return hist / shell_volumes(e) / (len(cart) / volume)


def prdf(lattice, cart, symbols, order):
    e = edges()
    per_centre = pair_distances(lattice, cart, CUTOFF)
    symbols = np.array(symbols)
    out = {}
    for ia, a in enumerate(order):
        n_a = int(np.sum(symbols == a))
        for b in order[ia:]:
            ds = [d[symbols[own] == b] for (d, own), s in zip(per_centre, symbols) if s == a]
            hist, _ = np.histogram(np.concatenate(ds) if ds else np.zeros(0), bins=e)
            out[f"{a}-{b}"] = (hist / shell_volumes(e) / n_a).tolist()
    return out


def main():
    cases = []
    for rel in CASES:
        s = read(rel)
        lattice = np.array(s.lattice.matrix)
        cart = np.array(s.cart_coords)
        symbols = [getattr(site.specie, "element", site.specie).symbol for site in s]
        order = [el.symbol for el in sorted({getattr(site.specie, "element", site.specie) for site in s})]
        cases.append({"file": rel, "elements": order, "rdf": rdf(lattice, cart, s.volume).tolist(),
                      "prdf": prdf(lattice, cart, symbols, order)})
    with open(os.path.join(HERE, "rdf.json"), "w") as f:
        json.dump({"cutoff": CUTOFF, "bin": BIN, "cases": cases}, f, indent=1)

    with open(os.path.join(HERE, "..", "structures.csv"), newline="") as f:
        files = [r["file"] for r in csv.DictReader(f) if r["status"] == "ok"]
    structures = [read(rel) for rel in files]
    ordered = [s for s in structures if s.is_ordered]
    start = time.perf_counter()
    for s in ordered:
        rdf(np.array(s.lattice.matrix), np.array(s.cart_coords), s.volume)
    seconds = time.perf_counter() - start
    with open(os.path.join(HERE, "rdf_timing.json"), "w") as f:
        json.dump({"structures": len(ordered), "seconds": seconds,
                   "structures_per_second": len(ordered) / seconds,
                   "what": "NumPy brute-force RDF (20 A, 0.1 A) of the ordered library structures, one core"}, f, indent=1)
    print(len(cases), "cases;", len(ordered), "ordered structures in", round(seconds, 2), "s")


if __name__ == "__main__":
    main()
