"""Reference predictions and scores of scikit-learn 1.2.1 models for MatInf's Learners tests.

Data: models_data.csv (200 rows, features f0..f4, regression target y, class label cls
'metal'/'insulator'); rows 0-149 train, 150-199 test. Every model runs on StandardScaler features
(MatInf's default preprocessing). Linear models and k-NN must match predictions closely; forests,
boosting and SVMs (different random streams or solvers) are compared by test MAE / accuracy.
Run: /usr/bin/python3 models.py  (writes models_data.csv and models.json)
"""
import json
import numpy as np
from sklearn.preprocessing import StandardScaler
from sklearn import linear_model, neighbors, ensemble, svm, metrics

rng = np.random.RandomState(5)
n = 200
X = rng.normal(size=(n, 5)) * [1, 2, 0.5, 3, 1] + [0, 1, 2, 3, 4]
X = X.round(4)
y = (1.5 * X[:, 0] - 0.7 * X[:, 1] + 2.0 * X[:, 2] + 0.3 * X[:, 0] * X[:, 3] + np.sin(X[:, 4]) + rng.normal(scale=0.3, size=n)).round(4)
cls = np.where(X[:, 0] + 0.5 * X[:, 1] + rng.normal(scale=0.5, size=n) > 0.5, "metal", "insulator")
with open("models_data.csv", "w") as f:
    f.write("formula,f0,f1,f2,f3,f4,y,cls\n")
    for i in range(n):
        f.write("X%d," % i + ",".join(repr(float(v)) for v in X[i]) + ",%r,%s\n" % (float(y[i]), cls[i]))

tr, te = slice(0, 150), slice(150, 200)
sc = StandardScaler().fit(X[tr])
Xtr, Xte = sc.transform(X[tr]), sc.transform(X[te])
out = {}
exact = {
    "OLS": linear_model.LinearRegression(),
    "Ridge": linear_model.Ridge(alpha=1.0),
    "Lasso": linear_model.Lasso(alpha=0.01, tol=1e-10, max_iter=100000),
    "ElasticNet": linear_model.ElasticNet(alpha=0.01, l1_ratio=0.5, tol=1e-10, max_iter=100000),
    "KNN": neighbors.KNeighborsRegressor(n_neighbors=5),
    "KNN_distance": neighbors.KNeighborsRegressor(n_neighbors=5, weights="distance"),
}
for name, m in exact.items():
    p = m.fit(Xtr, y[tr]).predict(Xte)
    out[name] = {"predictions": p.tolist(), "mae": metrics.mean_absolute_error(y[te], p)}
approx = {
    "RandomForest": ensemble.RandomForestRegressor(n_estimators=300, max_features=1/3, min_samples_leaf=5, random_state=0),
    "GradientBoosting": ensemble.GradientBoostingRegressor(n_estimators=500, learning_rate=0.05, max_leaf_nodes=32, min_samples_leaf=5, subsample=0.7, random_state=0),
    "DecisionTree": ensemble.RandomForestRegressor(n_estimators=1, bootstrap=False, max_features=None, max_depth=20, min_samples_leaf=5, random_state=0),
    "SVR_rbf": svm.SVR(kernel="rbf", C=10, epsilon=0.1, gamma="scale"),
    "SVR_linear": svm.SVR(kernel="linear", C=1, epsilon=0.1),
    "SVR_poly": svm.SVR(kernel="poly", C=1, epsilon=0.1, degree=3, gamma=0.2, coef0=1),
}
for name, m in approx.items():
    p = m.fit(Xtr, y[tr]).predict(Xte)
    out[name] = {"mae": metrics.mean_absolute_error(y[te], p)}
yc = (cls == "metal").astype(int)
for name, m in {"LogisticRegression": linear_model.LogisticRegression(C=1.0),
                "RandomForestClassifier": ensemble.RandomForestClassifier(n_estimators=300, random_state=0),
                "GradientBoostingClassifier": ensemble.GradientBoostingClassifier(n_estimators=200, learning_rate=0.05, random_state=0),
                "SVM": svm.SVC(kernel="rbf", C=1, gamma="scale")}.items():
    m.fit(Xtr, yc[tr])
    p = m.predict(Xte)
    s = m.predict_proba(Xte)[:, 1] if hasattr(m, "predict_proba") and name != "SVM" else m.decision_function(Xte)
    out[name] = {"accuracy": metrics.accuracy_score(yc[te], p), "roc_auc": metrics.roc_auc_score(yc[te], s)}
    if name == "LogisticRegression":
        out[name]["probabilities"] = s.tolist()
print(json.dumps(out, indent=1))
