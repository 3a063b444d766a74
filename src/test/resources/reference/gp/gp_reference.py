"""Reference numbers for org.matinf.core.optimize.gp from Debian's scikit-learn 1.2.1
(GaussianProcessRegressor). Run: /usr/bin/python3 gp_reference.py > gp_reference.json

Kernels are built as MatInf's Kernels.parse does: C(1) * base(1) [+ White(1)], bounds 1e-5..1e5.
"fixed" cases set theta (log hyperparameters) and do not optimise; "optimised" cases maximise the
log marginal likelihood with L-BFGS-B from theta = 0 and `restarts` random starts (random_state=seed)."""
import json
import numpy as np
import sklearn
from sklearn.gaussian_process import GaussianProcessRegressor
from sklearn.gaussian_process.kernels import (RBF, ConstantKernel, DotProduct, Matern,
                                              RationalQuadratic, WhiteKernel)


def kernel(name, d, ard):
    white = name.endswith("+White")
    base = name.replace("+White", "")
    ls = np.ones(d) if ard else 1.0
    k = {"RBF": lambda: RBF(ls), "Matern12": lambda: Matern(ls, nu=0.5),
         "Matern32": lambda: Matern(ls, nu=1.5), "Matern52": lambda: Matern(ls, nu=2.5),
         "RationalQuadratic": lambda: RationalQuadratic(), "DotProduct": lambda: DotProduct()}[base]()
    k = ConstantKernel(1.0) * k
    return k + WhiteKernel(1.0) if white else k


rng = np.random.RandomState(7)
X = rng.uniform(-2, 2, size=(25, 3))
y = np.sin(X[:, 0]) * 2 + 0.5 * X[:, 1] ** 2 - X[:, 2] + 0.1 * rng.normal(size=25) + 3
Xs = rng.uniform(-2.5, 2.5, size=(8, 3))

fixed = []
for name, ard, alpha, norm in [("RBF", False, 1e-10, False), ("RBF", True, 1e-10, True),
                               ("Matern12", False, 1e-3, False), ("Matern32", True, 1e-10, True),
                               ("Matern52", False, 1e-10, False), ("Matern52+White", True, 1e-10, True),
                               ("RationalQuadratic", False, 1e-10, True), ("DotProduct+White", False, 1e-10, False),
                               ("RationalQuadratic+White", False, 1e-2, False)]:
    k = kernel(name, 3, ard)
    theta = rng.uniform(-1.0, 1.0, size=len(k.theta))
    k.theta = theta
    gp = GaussianProcessRegressor(k, alpha=alpha, normalize_y=norm, optimizer=None).fit(X, y)
    mean, std = gp.predict(Xs, return_std=True)
    _, cov = gp.predict(Xs, return_cov=True)
    lml, grad = gp.log_marginal_likelihood(theta, eval_gradient=True)
    fixed.append({"kernel": name, "ard": ard, "alpha": alpha, "normalize": norm, "theta": theta.tolist(),
                  "names": [h.name for h in k.hyperparameters], "lml": lml, "gradient": grad.tolist(),
                  "mean": mean.tolist(), "std": std.tolist(), "cov": cov.tolist()})

optimised = []
for name, ard, restarts in [("RBF", False, 3), ("Matern52+White", False, 3), ("Matern32", True, 2),
                            ("RationalQuadratic+White", False, 3)]:
    gp = GaussianProcessRegressor(kernel(name, 3, ard), alpha=1e-10, normalize_y=True,
                                  n_restarts_optimizer=restarts, random_state=0).fit(X, y)
    optimised.append({"kernel": name, "ard": ard, "restarts": restarts, "seed": 0, "normalize": True,
                      "lml": gp.log_marginal_likelihood_value_, "theta": gp.kernel_.theta.tolist()})

# the Fit Gaussian Process macro with kernel=RBF ard=true optimize=false normalize=false
ones_rbf_ard = GaussianProcessRegressor(kernel("RBF", 3, True), optimizer=None).fit(X, y).log_marginal_likelihood_value_

# the random starts of scikit-learn: RandomState(0).uniform over the log bounds
starts = np.random.RandomState(0).uniform([-11.512925464970229] * 3, [11.512925464970229] * 3).tolist()

print(json.dumps({"sklearn": sklearn.__version__, "X": X.tolist(), "y": y.tolist(), "Xs": Xs.tolist(),
                  "fixed": fixed, "optimised": optimised, "uniform_seed0": starts,
                  "ones_rbf_ard_lml": ones_rbf_ard}, indent=1))
