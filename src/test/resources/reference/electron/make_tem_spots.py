#!/usr/bin/python3
"""Reference zone-axis spot patterns computed with pymatgen's TEMCalculator.

Writes tem_spots.json next to this script. Run with Debian's pymatgen:
    /usr/bin/python3 make_tem_spots.py
The structure library is read from /work/shared/data/structures (or $MATINF_STRUCTURES).

For each case, TEMCalculator(voltage=200, beam_direction=zone).get_pattern(structure) is called
and its rows are kept whose |g| = 1/d is at most "g_max" = 0.999999 min(2, 10 / max(a, b, c)) 1/Å: every
reciprocal lattice point of that ball has |h|, |k|, |l| <= 10, inside the index cube -10..11 that
pymatgen enumerates, so MatInf can enumerate the same set by |g| alone.

Layout (JSON):
  {"pymatgen": version, "voltage": 200, "wavelength": Å (TEMCalculator.wavelength_rel()),
   "camera_length": cm, "cases": [
     {"file": relative path, "zone": [u, v, w], "abc": [a, b, c], "g_max": 1/Å,
      "intensity_max_in_range": whether pymatgen's strongest spot (its normalisation) is in range,
      "positions_consistent": whether every 2-D position has length wavelength * L / d (1e-6 rel.),
      "spots": [[h, k, l, d (Å), x (cm), y (cm), intensity (norm)], ...] sorted by h, k, l}]}
"""
import json
import os
import warnings

import numpy as np
import pymatgen.core
from pymatgen.analysis.diffraction.tem import TEMCalculator
from pymatgen.core import Structure

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.environ.get("MATINF_STRUCTURES", "/work/shared/data/structures")

CASES = [
    ("elements_cod/Al.cif", [(0, 0, 1), (0, 1, 1), (1, 1, 1), (1, 1, 2)]),
    ("pymatgen/Cu_fcc_mp-30_conv.cif", [(0, 0, 1), (0, 1, 1)]),
    ("elements_cod/Si.cif", [(0, 0, 1), (0, 1, 1), (1, 1, 1), (1, 1, 2)]),
    ("handmade/NaCl_B1_conv.vasp", [(0, 0, 1), (0, 1, 1), (1, 1, 1)]),
    # hexagonal: [0001] = [001], [2-1-10] = [100], [1-100] = [1-10], [11-20] = [110]
    ("elements_cod/Mg.cif", [(0, 0, 1), (1, 0, 0), (1, -1, 0), (1, 1, 0)]),
    ("handmade/ZnO_wurtzite.vasp", [(0, 0, 1), (1, 0, 0)]),
    ("elements_cod/C.cif", [(0, 0, 1)]),
    # tetragonal and orthorhombic
    ("handmade/TiO2_rutile.vasp", [(0, 0, 1), (0, 1, 0), (1, 0, 1), (1, 1, 1)]),
    ("handmade/CaTiO3_Pbnm.vasp", [(0, 0, 1), (1, 1, 0), (0, 1, 1)]),
]


def main():
    warnings.filterwarnings("ignore")
    out = {"pymatgen": pymatgen.core.__version__, "voltage": 200, "cases": []}
    for rel, zones in CASES:
        s = Structure.from_file(os.path.join(DATA, rel))
        abc = list(s.lattice.abc)
        g_max = 0.999999 * min(2.0, 10.0 / max(abc))  # off the lattice points at exactly 10/a
        for zone in zones:
            calc = TEMCalculator(voltage=200, beam_direction=zone)
            out["wavelength"] = calc.wavelength_rel()
            out["camera_length"] = calc.camera_length
            df = calc.get_pattern(s)
            scale = calc.wavelength_rel() * calc.camera_length
            rows = []
            consistent = True
            for pos, hkl, inten, d in zip(df["Position"], df["(hkl)"], df["Intensity (norm)"],
                                          df["Interplanar Spacing"]):
                if abs(np.hypot(pos[0], pos[1]) * d / scale - 1) > 1e-6:
                    consistent = False
                if 1.0 / d <= g_max:
                    rows.append([int(hkl[0]), int(hkl[1]), int(hkl[2]), float(d), float(pos[0]),
                                 float(pos[1]), float(inten)])
            rows.sort(key=lambda r: (r[0], r[1], r[2]))
            out["cases"].append({
                "file": rel, "zone": list(zone), "abc": abc, "g_max": g_max,
                "intensity_max_in_range": max(r[6] for r in rows) > 1 - 1e-9,
                "positions_consistent": consistent, "spots": rows})
    with open(os.path.join(HERE, "tem_spots.json"), "w") as f:
        json.dump(out, f, separators=(",", ":"))
        f.write("\n")


if __name__ == "__main__":
    main()
