"""Reference numbers for MatInf's Orientation (Bunge Euler angles, quaternions, matrices, axis-angle,
products, vector rotation) from SciPy's Rotation. Run: /usr/bin/python3 scipy_rotations.py > scipy_rotations.json

Bunge (phi1, Phi, phi2) = Rotation.from_euler("ZXZ", ..., degrees=True) (intrinsic z-x-z); quaternions are
written scalar first with q0 >= 0; "matrix" is as_matrix(), the active rotation (MatInf's crystalToSample());
"apply" is Rotation.apply(v) (MatInf's toSample(v)); "product" is (a * b).as_quat().
"""
import json

import numpy as np
import scipy
from scipy.spatial.transform import Rotation

EULERS = [
    [0, 0, 0], [30, 0, 0], [10, 20, 30], [90, 45, 180], [359, 179, 1], [120, 90, 240],
    [45, 0, 60], [200, 180, 10], [0, 180, 0], [33.3, 54.7356, 45], [270, 135, 315], [5, 1e-3, 7],
]
PAIRS = [[2, 3], [4, 5], [9, 10], [1, 7]]
VECTOR = [0.3, -1.2, 2.5]


def scalar_first(r):
    x, y, z, w = r.as_quat()
    q = np.array([w, x, y, z])
    return (q if q[0] >= 0 else -q).tolist()


cases = []
for e in EULERS:
    r = Rotation.from_euler("ZXZ", e, degrees=True)
    rotvec = r.as_rotvec()
    angle = float(np.degrees(np.linalg.norm(rotvec)))
    axis = (rotvec / np.linalg.norm(rotvec)).tolist() if angle > 1e-12 else [0.0, 0.0, 1.0]
    cases.append({
        "bunge": e,
        "quaternion": scalar_first(r),
        "matrix": r.as_matrix().tolist(),
        "axis": axis,
        "angle": angle,
        "apply": r.apply(VECTOR).tolist(),
    })
products = []
for i, j in PAIRS:
    a = Rotation.from_euler("ZXZ", EULERS[i], degrees=True)
    b = Rotation.from_euler("ZXZ", EULERS[j], degrees=True)
    products.append({"a": EULERS[i], "b": EULERS[j], "product": scalar_first(a * b)})
print(json.dumps({"scipy": scipy.__version__, "vector": VECTOR, "cases": cases, "products": products}, indent=1))
