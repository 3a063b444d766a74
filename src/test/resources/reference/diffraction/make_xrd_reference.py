#!/usr/bin/python3
"""Reference powder patterns computed with pymatgen's XRDCalculator.

Writes xrd_patterns.json.gz next to this script. Run with Debian's pymatgen:
    /usr/bin/python3 make_xrd_reference.py
The structure library is read from /work/shared/data/structures (or $MATINF_STRUCTURES).

Layout (JSON, gzip):
  {"pymatgen": version, "cases": [
     {"file": relative path, "wavelength": "CuKa" or a number, "lambda": Å,
      "range": [min, max] 2θ in degrees, "dw": {element: B} (absent when none),
      "status": "ok" or "error:<Exception>: <message>",
      "hexagonal": whether pymatgen reported Miller-Bravais (h k i l) indices,
      "peaks": [[2θ, scaled intensity, d, [[h, k, (i,) l, multiplicity], ...]], ...]}]}
Every structure file gets a CuKa case over 2θ 0-90 (pymatgen's defaults); a few get other
wavelengths, 2θ ranges and Debye-Waller factors.
"""
import gzip
import json
import os
import warnings

import pymatgen.core
from pymatgen.analysis.diffraction.xrd import XRDCalculator, WAVELENGTHS
from pymatgen.core import Structure

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.environ.get("MATINF_STRUCTURES", "/work/shared/data/structures")

# Structures that also get other wavelengths and 2θ ranges, and Debye-Waller factors.
EXTRA = [
    "elements_cod/Cu.cif", "handmade/NaCl_B1_conv.vasp", "cgcnn_cod_samples/COD_1101051.cif",
    "cgcnn_cod_samples/COD_1507756.cif", "pymatgen/LiFePO4_P1.cif", "elements_cod/Mg.cif",
    "dans_diffraction/Sr3LiRuO6.cif", "pymatgen/Si_diamond_P1.cif", "handmade/ZnO_wurtzite.vasp",
    "pymatgen/Sr0.7Y0.3CoO2.62_partial_occ.cif",
]
OTHER = [("MoKa", (0, 90)), ("CrKa", (0, 90)), (0.5, (0, 90)), ("CuKa", (10, 120))]
DW = [{"Cu": 0.5}, {"Na": 1.2, "Cl": 0.8}, {"Zn": 0.7, "O": 1.1, "S": 0.9}, {"Mg": 1.5}]


def is_structure_file(name):
    low = name.lower()
    return low != "index.csv" and low.endswith((".cif", ".vasp", ".json"))


def short_msg(exc):
    msg = " ".join(str(exc).split())
    return f"error:{type(exc).__name__}: {msg[:150]}"


def case(rel, structure, wavelength, rng, dw=None):
    out = {"file": rel, "wavelength": wavelength,
           "lambda": WAVELENGTHS[wavelength] if isinstance(wavelength, str) else wavelength,
           "range": list(rng)}
    if dw:
        out["dw"] = dw
    if structure is None:
        return out
    try:
        calc = XRDCalculator(wavelength=wavelength, debye_waller_factors=dw)
        p = calc.get_pattern(structure, scaled=True, two_theta_range=rng)
    except Exception as exc:  # record and continue
        out["status"] = short_msg(exc)
        return out
    out["status"] = "ok"
    out["hexagonal"] = bool(structure.lattice.is_hexagonal())
    out["peaks"] = [[float(x), float(y), float(d), [list(f["hkl"]) + [f["multiplicity"]] for f in fams]]
                    for x, y, d, fams in zip(p.x, p.y, p.d_hkls, p.hkls)]
    return out


def main():
    files = sorted(os.path.relpath(os.path.join(root, n), DATA)
                   for root, _dirs, names in os.walk(DATA) for n in names if is_structure_file(n))
    cases = []
    for rel in files:
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                s = Structure.from_file(os.path.join(DATA, rel))
        except Exception as exc:
            cases.append({"file": rel, "wavelength": "CuKa", "status": "read " + short_msg(exc)})
            continue
        cases.append(case(rel, s, "CuKa", (0, 90)))
        if rel in EXTRA:
            for wl, rng in OTHER:
                cases.append(case(rel, s, wl, rng))
            elements = {el.symbol for el in s.composition.elements}
            for dw in DW:
                if set(dw) & elements:
                    cases.append(case(rel, s, "CuKa", (0, 90), dw))
    missing = [r for r in EXTRA if r not in files]
    if missing:
        raise SystemExit(f"EXTRA files not in the library: {missing}")
    with gzip.open(os.path.join(HERE, "xrd_patterns.json.gz"), "wt", encoding="utf-8", compresslevel=9) as f:
        json.dump({"pymatgen": pymatgen.core.__version__, "cases": cases}, f, separators=(",", ":"))
    failed = [c for c in cases if c.get("status") != "ok"]
    print(f"{len(cases)} cases, {len(failed)} failures")
    for c in failed:
        print(" ", c["file"], c.get("wavelength"), c.get("status"))


if __name__ == "__main__":
    main()
