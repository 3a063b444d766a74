"""Reads the .ang and .ctf files in maps/ (written by MatInf's AngFile / CtfFile, see
ScanFilesTest.sample) with orix.io.load and dumps what orix makes of them to orix_maps.json.

Run with the kikuchipy/orix environment:  /work/kpenv/bin/python read_maps_with_orix.py
(orix 0.14.2, diffpy.structure 3.1.0). OrixScanFilesTest compares the numbers with MatInf's readers.
"""
import json
import os
import warnings

import numpy as np
import orix
from orix import io

here = os.path.dirname(os.path.abspath(__file__))
out = {"orix": orix.__version__, "maps": {}}
for name in sorted(os.listdir(os.path.join(here, "maps"))):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        xmap = io.load(os.path.join(here, "maps", name))
    phase = xmap.phases[1]
    lattice = phase.structure.lattice
    rot = xmap.rotations  # every point in the data, x fastest
    out["maps"][name] = {
        "warnings": [str(w.message) for w in caught if "pkg_resources" not in str(w.message)],
        "shape": list(xmap.shape),
        "dx": float(xmap.dx),
        "dy": float(xmap.dy),
        "phase_name": phase.name,
        "point_group": phase.point_group.name,
        "laue_group": phase.point_group.laue.name,
        "lattice": [float(v) for v in (lattice.a, lattice.b, lattice.c, lattice.alpha, lattice.beta, lattice.gamma)],
        "x": xmap.x.tolist(),
        "y": xmap.y.tolist(),
        "is_indexed": xmap.is_indexed.tolist(),
        "euler_degrees": np.degrees(rot.to_euler()).tolist(),
        "quaternions": rot.data.tolist(),
        "props": {k: np.asarray(v).tolist() for k, v in xmap.prop.items()},
    }
with open(os.path.join(here, "orix_maps.json"), "w") as f:
    json.dump(out, f, indent=1)
