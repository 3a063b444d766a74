"""Reads the files MatInf wrote (matinf_written.*) with pymatgen and records what pymatgen sees.

Run with Debian's pymatgen 2022.11.7:  /usr/bin/python3 make_pymatgen_readback.py
Writes pymatgen_readback.json, which PymatgenCompatibilityTest compares with MatInf's own view of
the same structures, so that the tests prove pymatgen reads MatInf's output without needing Python.
"""
import json
import warnings

import numpy as np
from pymatgen.core import Molecule, Structure
from pymatgen.io.vasp import Poscar

warnings.simplefilter("ignore")


def plain(v):
    if isinstance(v, np.ndarray):
        return v.tolist()
    if isinstance(v, (np.bool_,)):
        return bool(v)
    if isinstance(v, (list, tuple)):
        return [plain(x) for x in v]
    return v


def describe(s, periodic=True):
    out = {"formula": s.composition.formula, "reduced_formula": s.composition.reduced_formula,
           "nsites": len(s), "sites": []}
    if periodic:
        out.update({"abc": list(s.lattice.abc), "angles": list(s.lattice.angles), "volume": s.volume,
                    "density": float(s.density), "matrix": s.lattice.matrix.tolist()})
    for site in s:
        d = {"species_string": site.species_string, "occu_sum": site.species.num_atoms,
             "properties": {k: plain(v) for k, v in site.properties.items()}}
        if periodic:
            d["frac"] = site.frac_coords.tolist()
        else:
            d["xyz"] = site.coords.tolist()
        out["sites"].append(d)
    return out


with open("matinf_written.json") as f:
    structure = Structure.from_dict(json.load(f))
result = {
    "pymatgen": __import__("pymatgen.core").core.__version__,
    "matinf_written.json": describe(structure),
    "matinf_written.vasp": describe(Poscar.from_file("matinf_written.vasp").structure),
    "matinf_written_water.xyz": describe(Molecule.from_file("matinf_written_water.xyz"), periodic=False),
}
with open("pymatgen_readback.json", "w") as f:
    json.dump(result, f, indent=1)
