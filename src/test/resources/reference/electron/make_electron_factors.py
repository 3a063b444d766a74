"""Reference electron wavelengths and Mott-Bethe electron scattering factors from Debian's
pymatgen 2022.11.7 TEMCalculator (run with /usr/bin/python3). Output: electron_factors.json."""
import json
import numpy as np
from pymatgen.core import Structure, Lattice
from pymatgen.analysis.diffraction.tem import TEMCalculator

out = {"wavelength": {}, "mott_bethe": []}
for kv in (20, 30, 100, 120, 200, 300):
    out["wavelength"][str(kv)] = TEMCalculator(voltage=kv).wavelength_rel()
calc = TEMCalculator(voltage=200)
lam = calc.wavelength_rel()
for symbol in ("H", "C", "O", "Al", "Si", "Fe", "Ni", "Cu", "Zn", "Mo", "W", "Au", "U"):
    s = Structure(Lattice.cubic(4.0), [symbol], [[0, 0, 0]])
    hkls = [(1, 0, 0), (1, 1, 0), (1, 1, 1), (2, 0, 0), (3, 1, 0), (4, 2, 2), (7, 5, 3)]
    spacings = {h: s.lattice.d_hkl(h) for h in hkls}
    bragg = calc.bragg_angles(spacings)
    f = calc.electron_scattering_factors(s, bragg)[symbol]
    for h in hkls:
        out["mott_bethe"].append({"element": symbol, "s": float(np.sin(bragg[h]) / lam), "f": float(f[h])})
with open("electron_factors.json", "w") as fh:
    json.dump(out, fh, indent=1)
