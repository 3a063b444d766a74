#!/usr/bin/env python3
"""Reference solutions of non-negative least-squares problems from SciPy's scipy.optimize.nnls
(Debian python3-scipy, installed with python3-pymatgen). Writes nnls.json beside this script:
a list of {"a": [[...]], "b": [...], "x": [...], "rnorm": r}. Run with /usr/bin/python3."""
import json, os
import numpy as np
from scipy.optimize import nnls

rng = np.random.default_rng(20261125)
cases = []
for m, n in [(5, 2), (10, 3), (50, 3), (200, 5), (30, 8), (8, 8)]:
    for _ in range(3):
        a = rng.normal(size=(m, n))
        b = rng.normal(size=m) * 2
        x, r = nnls(a, b)
        cases.append({"a": a.tolist(), "b": b.tolist(), "x": x.tolist(), "rnorm": r})
# a mixture-like case: positive columns (profiles), b = 0.7*c0 + 0.3*c2 + noise
t = np.linspace(10, 80, 400)
cols = [np.exp(-0.5 * ((t - c) / 0.2) ** 2) for c in (28.4, 33.0, 47.3, 56.1)]
a = np.array(cols).T
b = 0.7 * cols[0] + 0.3 * cols[2] + rng.normal(scale=0.01, size=t.size)
x, r = nnls(a, b)
cases.append({"a": a.tolist(), "b": b.tolist(), "x": x.tolist(), "rnorm": r})
with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "nnls.json"), "w") as fh:
    json.dump({"generator": "scipy.optimize.nnls", "scipy": __import__("scipy").__version__, "cases": cases}, fh)
