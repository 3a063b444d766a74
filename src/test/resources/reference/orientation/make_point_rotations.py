"""Proper rotations of the Laue class of every library structure, from pymatgen's SpacegroupAnalyzer
(Debian pymatgen 2022.11.7, spglib, symprec 0.01 Å), as Cartesian 3x3 matrices in the frame of the
file's own lattice matrix (rows a, b, c as read). For each point operation R the proper one (R or -R)
is kept. Run with /usr/bin/python3 from this folder: writes point_rotations.json.gz."""
import gzip, json, os, sys, warnings
import numpy as np
from pymatgen.core import Structure
from pymatgen.symmetry.analyzer import SpacegroupAnalyzer

warnings.filterwarnings("ignore")
lib = sys.argv[1] if len(sys.argv) > 1 else os.path.join("..", "..", "..", "..", "..", "shared", "data", "structures")
out = {}
for line in open(os.path.join(lib, "index.csv")).read().splitlines()[1:]:
    f = line.split(",")[0]
    try:
        s = Structure.from_file(os.path.join(lib, f))
    except Exception:
        continue
    if len(s) > 250:
        continue
    try:
        ops = SpacegroupAnalyzer(s, symprec=0.01).get_symmetry_operations(cartesian=True)
    except Exception:
        continue
    rots = []
    for op in ops:
        r = np.array(op.rotation_matrix)
        if np.linalg.det(r) < 0:
            r = -r
        if not any(np.allclose(r, q, atol=1e-6) for q in rots):
            rots.append(r)
    out[f] = [np.round(r, 8).tolist() for r in rots]
with gzip.open("point_rotations.json.gz", "wt") as fh:
    json.dump(out, fh)
print(len(out), "structures")
