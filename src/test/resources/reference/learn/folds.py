"""Reference fold indices and metrics for MatInf's org.matinf.core.learn tests (scikit-learn 1.2.1, numpy).

Writes folds.json: for each (n, k, random_state) the test indices of every fold of
KFold(n_splits=k, shuffle=True, random_state=R), plus the first uint32 outputs of
numpy.random.RandomState(R) and a permutation, and metric values on fixed vectors.
Run: /usr/bin/python3 folds.py > folds.json
"""
import json
import numpy as np
from sklearn.model_selection import KFold
from sklearn import metrics

out = {"kfold": []}
for n, k, r in [(4604, 5, 18012019), (10, 3, 0), (1000, 10, 42), (97, 4, 123456789)]:
    folds = [test.tolist() for _, test in KFold(n_splits=k, shuffle=True, random_state=r).split(np.zeros(n))]
    out["kfold"].append({"n": n, "k": k, "random_state": r, "test": folds})
rs = np.random.RandomState(18012019)
out["uint32"] = rs.randint(0, 2**32, size=5, dtype=np.uint64).tolist()
out["permutation_20_seed_7"] = np.random.RandomState(7).permutation(20).tolist()

rng = np.random.RandomState(3)
y = rng.normal(size=50).round(4)
p = (y + rng.normal(scale=0.5, size=50)).round(4)
out["regression"] = {"y": y.tolist(), "p": p.tolist(),
                     "mae": metrics.mean_absolute_error(y, p),
                     "rmse": metrics.mean_squared_error(y, p) ** 0.5,
                     "r2": metrics.r2_score(y, p)}
yt = rng.randint(0, 2, size=60)
s = np.round(yt * 0.3 + rng.uniform(size=60), 2)  # rounded: ties in the scores
yp = (s > 0.6).astype(int)
out["binary"] = {"y": yt.tolist(), "pred": yp.tolist(), "score": s.tolist(),
                 "accuracy": metrics.accuracy_score(yt, yp),
                 "precision": metrics.precision_score(yt, yp),
                 "recall": metrics.recall_score(yt, yp),
                 "f1": metrics.f1_score(yt, yp),
                 "roc_auc": metrics.roc_auc_score(yt, s),
                 "confusion": metrics.confusion_matrix(yt, yp).tolist()}
ym = rng.randint(0, 3, size=40)
pm = np.where(rng.uniform(size=40) < 0.7, ym, rng.randint(0, 3, size=40))
out["multiclass"] = {"y": ym.tolist(), "pred": pm.tolist(),
                     "accuracy": metrics.accuracy_score(ym, pm),
                     "precision_macro": metrics.precision_score(ym, pm, average="macro"),
                     "recall_macro": metrics.recall_score(ym, pm, average="macro"),
                     "f1_macro": metrics.f1_score(ym, pm, average="macro"),
                     "confusion": metrics.confusion_matrix(ym, pm).tolist()}
print(json.dumps(out))
