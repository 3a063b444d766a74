"""scikit-learn / pandas reference for MatInf's feature selection and PCA map
(org.matinf.core.learn.selection, org.matinf.core.learn.map).

Writes features.csv (a synthetic data set: formula, target, f0..f9, with missing cells in f6)
and selection.json (the reference numbers). Run with Debian's python3-sklearn 1.2.1:
    /usr/bin/python3 make_selection_reference.py
"""
import json
import numpy as np
import pandas as pd
import sklearn
from sklearn.decomposition import PCA
from sklearn.feature_selection import VarianceThreshold
from sklearn.impute import SimpleImputer
from sklearn.linear_model import Lasso
from sklearn.preprocessing import StandardScaler

rng = np.random.default_rng(20240601)
n = 120
f = np.zeros((n, 10))
f[:, 0] = rng.normal(0, 1, n)
f[:, 1] = rng.normal(2, 3, n)
f[:, 2] = rng.uniform(-1, 1, n)
f[:, 3] = f[:, 0] + 0.1 * rng.normal(0, 1, n)          # |r| with f0 above 0.95
f[:, 4] = 5 + 0.01 * rng.normal(0, 1, n)               # nearly constant
f[:, 5] = 1.0                                          # constant
f[:, 6] = rng.normal(0, 2, n)                          # noise, with missing cells
f[:, 7] = -f[:, 1] + 0.2 * rng.normal(0, 1, n)         # |r| with f1 above 0.95 (negative r)
f[:, 8] = f[:, 3] + 0.05 * rng.normal(0, 1, n)         # correlated with f3 and f0
f[:, 9] = rng.exponential(1.0, n)                      # noise
y = 3 * f[:, 0] - 2 * f[:, 1] + 0.5 * f[:, 2] + 0.3 * rng.normal(0, 1, n)
f[[4, 17, 60], 6] = np.nan
names = ["f%d" % i for i in range(10)]

df = pd.DataFrame(f, columns=names)
df.insert(0, "target", y)
df.insert(0, "formula", ["M%d" % (i + 1) for i in range(n)])
df.to_csv("features.csv", index=False, float_format="%.17g", na_rep="")
df = pd.read_csv("features.csv")  # the numbers exactly as written
X = df[names].to_numpy()
y = df["target"].to_numpy()

out = {"sklearn": sklearn.__version__, "pandas": pd.__version__, "features": names}

# Variance threshold (population variance, missing cells ignored as sklearn's nanvar)
vt = VarianceThreshold(threshold=0.05).fit(X)
out["variance"] = {"threshold": 0.05, "variances": vt.variances_.tolist(),
                   "kept": [names[i] for i in np.flatnonzero(vt.get_support())]}

# Correlation filter, the common pandas recipe: upper triangle of |r| (pairwise complete rows),
# drop every column with |r| above the threshold with any EARLIER column
corr = df[names].corr().abs()
upper = corr.where(np.triu(np.ones(corr.shape, dtype=bool), k=1))
drop = [c for c in upper.columns if any(upper[c] > 0.95)]
score = [float(np.nanmax(upper[c].to_numpy())) if i > 0 and not np.all(np.isnan(upper[c].to_numpy())) else 0.0
         for i, c in enumerate(names)]
out["correlation"] = {"threshold": 0.95, "max_abs_r_with_earlier": score,
                      "kept": [c for c in names if c not in drop]}

# Lasso on median-imputed, standardised features (constant f5 left out), fixed alpha
lasso_names = [c for c in names if c != "f5"]
Xl = X[:, [names.index(c) for c in lasso_names]]
Z = StandardScaler().fit_transform(SimpleImputer(strategy="median").fit_transform(Xl))
lasso = {"alpha": [], "features": lasso_names, "coef": [], "intercept": []}
for alpha in [0.05, 0.5]:
    m = Lasso(alpha=alpha, tol=1e-12, max_iter=1000000).fit(Z, y)
    lasso["alpha"].append(alpha)
    lasso["coef"].append(m.coef_.tolist())
    lasso["intercept"].append(float(m.intercept_))
out["lasso"] = lasso

# PCA of the median-imputed, standardised features (all ten; the constant one scales to 0)
Zp = StandardScaler().fit_transform(SimpleImputer(strategy="median").fit_transform(X))
p = PCA().fit(Zp)
t = p.transform(Zp)
out["pca"] = {"explained_variance": p.explained_variance_.tolist(),
              "explained_variance_ratio": p.explained_variance_ratio_.tolist(),
              "abs_components": np.abs(p.components_[:2]).tolist(),
              "abs_scores_first5": np.abs(t[:5, :2]).tolist()}
print(json.dumps(out, indent=1))
