#!/usr/bin/python3
"""Reference numbers for surface-slab generation, computed with pymatgen.

Writes slabs.json next to this script.
Run with Debian's pymatgen:  /usr/bin/python3 make_slab_reference.py

For each (structure, miller):
  gen = SlabGenerator(structure, miller, min_slab_size=10, min_vacuum_size=15,
                      center_slab=True, lll_reduce=False, primitive=False,
                      in_unit_planes=False)
  "get_slab": gen.get_slab()            (shift 0; for Cu(111)/Si(111) this cuts an atomic
                                         plane: one atom wraps to the far side)
  "get_slabs_first": gen.get_slabs()[0] (symmetry-distinct terminations; default args)
Per slab: nsites, formula, lattice (matrix/abc/angles/volume), shift, surface normal
(slab.normal, unit vector perpendicular to a and b), atom_layer_thickness = max-min of
the Cartesian coordinates projected onto the normal, and the oriented_unit_cell lattice.
"""
import json
import os
import warnings

import numpy as np
import pymatgen
from pymatgen.core import Structure
from pymatgen.core.surface import SlabGenerator

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.environ.get("MATINF_STRUCTURES", "/work/shared/data/structures")

MIN_SLAB, MIN_VAC = 10, 15
CASES = [
    ("Cu", "elements_cod/Cu.cif", (1, 0, 0)),
    ("Cu", "elements_cod/Cu.cif", (1, 1, 1)),
    ("Cu", "elements_cod/Cu.cif", (1, 1, 0)),
    ("NaCl", "handmade/NaCl_B1_conv.vasp", (1, 0, 0)),
    ("NaCl", "handmade/NaCl_B1_conv.vasp", (1, 1, 1)),
    ("Si", "elements_cod/Si.cif", (1, 1, 1)),
]


def lattice_dict(lat):
    return {"matrix": [[float(x) for x in row] for row in lat.matrix],
            "abc": [float(x) for x in lat.abc], "angles": [float(x) for x in lat.angles],
            "volume": float(lat.volume)}


def slab_dict(slab):
    n = np.asarray(slab.normal, dtype=float)
    proj = slab.cart_coords @ n
    ouc = slab.oriented_unit_cell
    return {
        "nsites": len(slab),
        "formula": slab.composition.formula,
        "reduced_formula": slab.composition.reduced_formula,
        "shift": float(slab.shift),
        "scale_factor": [[int(x) for x in row] for row in np.asarray(slab.scale_factor)],
        "lattice": lattice_dict(slab.lattice),
        "normal": [float(x) for x in n],
        "atom_layer_thickness": float(proj.max() - proj.min()),
        "surface_area": float(slab.surface_area),
        "oriented_unit_cell": {"nsites": len(ouc), "formula": ouc.composition.formula,
                               "lattice": lattice_dict(ouc.lattice)},
    }


def main():
    out = []
    for label, rel, miller in CASES:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            s = Structure.from_file(os.path.join(DATA, rel))
            gen = SlabGenerator(s, miller, MIN_SLAB, MIN_VAC, center_slab=True, lll_reduce=False,
                                primitive=False, in_unit_planes=False)
            one = gen.get_slab()
            slabs = gen.get_slabs()
        out.append({
            "label": label, "file": rel, "miller": list(miller),
            "min_slab_size": MIN_SLAB, "min_vacuum_size": MIN_VAC,
            "get_slab": slab_dict(one),
            "get_slabs_count": len(slabs),
            "get_slabs_shifts": [float(x.shift) for x in slabs],
            "get_slabs_first": slab_dict(slabs[0]),
        })
    with open(os.path.join(HERE, "slabs.json"), "w") as f:
        json.dump({"generator": "make_slab_reference.py",
                   "pymatgen_version": pymatgen.core.__version__,
                   "slabs": out}, f, indent=1)
        f.write("\n")
    print(f"pymatgen {pymatgen.core.__version__}: {len(out)} slab cases")


if __name__ == "__main__":
    main()
