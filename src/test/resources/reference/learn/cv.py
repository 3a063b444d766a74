"""Cross-validated OLS on models_data.csv with scikit-learn 1.2.1, for ValidationTest:
StandardScaler + LinearRegression, KFold(5, shuffle=True, random_state=0); MAE of each fold and of
the out-of-fold predictions (also RMSE and R2 per fold), and the predictions of the model
fitted on all rows. Run: /usr/bin/python3 cv.py > cv.json
"""
import json
import numpy as np
from sklearn.model_selection import KFold
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler
from sklearn.linear_model import LinearRegression
from sklearn.metrics import mean_absolute_error, mean_squared_error, r2_score

d = np.genfromtxt("models_data.csv", delimiter=",", names=True, dtype=None, encoding="utf-8")
X = np.column_stack([d["f%d" % i] for i in range(5)])
y = d["y"]
folds, rmse, r2, oof = [], [], [], np.zeros(len(y))
for tr, te in KFold(5, shuffle=True, random_state=0).split(X):
    p = make_pipeline(StandardScaler(), LinearRegression()).fit(X[tr], y[tr]).predict(X[te])
    oof[te] = p
    folds.append(mean_absolute_error(y[te], p))
    rmse.append(mean_squared_error(y[te], p) ** 0.5)
    r2.append(r2_score(y[te], p))
full = make_pipeline(StandardScaler(), LinearRegression()).fit(X, y).predict(X)
print(json.dumps({"fold_mae": folds, "oof_mae": mean_absolute_error(y, oof), "fold_rmse": rmse, "fold_r2": r2,
                  "full_predictions": full.tolist()}))
