"""Reference numbers for MatInf's Kikuchi reflector list (KikuchiReflectorsTest).

For the element structures Ni (fcc), Fe (bcc) and Mg (hcp) of the shared library, read with
pymatgen, this lists every reflection h k l with d >= d_min that is not systematically absent
(|F|^2 with equal scattering factors above 1e-6 of the largest), one per Friedel pair (first nonzero
index positive), with its d-spacing, its Bragg angle at 20 kV and 30 kV from the relativistic
electron wavelength (CODATA 2018 constants), and its unit plane normal in the Cartesian crystal
frame x || a, z || c* (y = z x x).

Run from the project root: /usr/bin/python3 src/test/resources/reference/ebsd/make_kikuchi_reference.py
Writes src/test/resources/reference/ebsd/kikuchi_reflectors.json.
"""
import json
import math
import os

import numpy as np
from pymatgen.core import Structure

H = 6.62607015e-34
M0 = 9.1093837015e-31
E = 1.602176634e-19
C = 299792458.0


def wavelength(kv):
    ev = E * kv * 1000.0
    return H / math.sqrt(2 * M0 * ev * (1 + ev / (2 * M0 * C * C))) * 1e10


def reflectors(path, d_min):
    s = Structure.from_file(path)
    m = s.lattice.matrix
    e1 = m[0] / np.linalg.norm(m[0])
    e3 = np.cross(m[0], m[1])
    e3 /= np.linalg.norm(e3)
    e2 = np.cross(e3, e1)
    axes = np.array([e1, e2, e3])
    recip = np.linalg.inv(m).T  # rows a*, b*, c* (no 2 pi)
    frac = s.frac_coords
    n = [int(math.floor(length / d_min + 1e-9)) for length in s.lattice.abc]
    rows = []
    for h in range(-n[0], n[0] + 1):
        for k in range(-n[1], n[1] + 1):
            for l in range(-n[2], n[2] + 1):
                hkl = (h, k, l)
                first = next((x for x in hkl if x != 0), 0)
                if first <= 0:
                    continue
                g = np.array(hkl, dtype=float) @ recip
                d = 1 / np.linalg.norm(g)
                if d < d_min:
                    continue
                f = np.sum(np.exp(2j * np.pi * frac @ np.array(hkl, dtype=float)))
                normal = axes @ g
                normal /= np.linalg.norm(normal)
                rows.append({"hkl": list(hkl), "d": d, "F2": abs(f) ** 2, "normal": normal.tolist()})
    fmax = max(r["F2"] for r in rows)
    out = []
    for r in rows:
        if r["F2"] > 1e-6 * fmax:
            out.append({"hkl": r["hkl"], "d": r["d"], "normal": r["normal"],
                        "theta_20kV": math.asin(wavelength(20) / (2 * r["d"])),
                        "theta_30kV": math.asin(wavelength(30) / (2 * r["d"]))})
    out.sort(key=lambda r: (-round(r["d"], 9), r["hkl"]))
    return out


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    lib = os.path.join(here, "..", "..", "..", "..", "..", "..", "shared", "data", "structures")
    cases = []
    for name, d_min in (("Ni", 1.0), ("Fe", 1.0), ("Mg", 1.2)):
        file = "elements_cod/%s.cif" % name
        cases.append({"file": file, "d_min": d_min, "reflectors": reflectors(os.path.join(lib, file), d_min)})
    doc = {"generator": "make_kikuchi_reference.py (pymatgen %s, numpy %s)" % (
        __import__("pymatgen.core").core.__version__, np.__version__),
        "wavelength_20kV": wavelength(20), "wavelength_30kV": wavelength(30), "cases": cases}
    with open(os.path.join(here, "kikuchi_reflectors.json"), "w") as fh:
        json.dump(doc, fh, indent=1)
        fh.write("\n")


if __name__ == "__main__":
    main()
