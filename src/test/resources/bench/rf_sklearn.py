"""scikit-learn's side of MatbenchBench: RandomForestRegressor on the same features CSV (formula,
target, features...) with the same settings as MatInf's random forest.

Prints "sklearn_rf_fit_seconds,S" (median of REPEATS fits on all rows) and, with --cv, the matbench
5-fold MAE (KFold(5, shuffle=True, random_state=18012019)) as "sklearn_rf_cv_mae,M".
Run: /usr/bin/python3 rf_sklearn.py FEATURES_CSV TREES MTRY MIN_LEAF MAX_DEPTH(0=none) N_JOBS REPEATS [--cv]
"""
import sys
import time
import numpy as np
from sklearn.ensemble import RandomForestRegressor
from sklearn.model_selection import KFold
from sklearn.metrics import mean_absolute_error

path, trees, mtry, leaf, depth, jobs, repeats = sys.argv[1:8]
data = np.genfromtxt(path, delimiter=",", skip_header=1, dtype=float)[:, 1:]
y, X = data[:, 0], data[:, 1:]
X = np.where(np.isnan(X), np.nanmedian(X, axis=0), X)


def forest():
    return RandomForestRegressor(n_estimators=int(trees), max_features=int(mtry), min_samples_leaf=int(leaf),
                                 max_depth=None if int(depth) == 0 else int(depth), n_jobs=int(jobs), random_state=0)


times = []
for _ in range(int(repeats)):
    t = time.perf_counter()
    forest().fit(X, y)
    times.append(time.perf_counter() - t)
print("sklearn_rf_fit_seconds,%.6g" % float(np.median(times)))
if "--cv" in sys.argv:
    maes = []
    for tr, te in KFold(5, shuffle=True, random_state=18012019).split(X):
        maes.append(mean_absolute_error(y[te], forest().fit(X[tr], y[tr]).predict(X[te])))
    print("sklearn_rf_cv_mae,%.6g" % float(np.mean(maes)))
    print("sklearn_rf_cv_fold_mae," + ";".join("%.6g" % m for m in maes))
