"""scikit-learn reference for org.matinf.core.learn.Preprocessor: SimpleImputer (median, mean)
followed by StandardScaler or MinMaxScaler, fitted on TRAIN and applied to TEST.
Run: /usr/bin/python3 preprocess.py > preprocess.json   (Debian python3-sklearn 1.2.1)"""
import json
import numpy as np
import sklearn
from sklearn.impute import SimpleImputer
from sklearn.preprocessing import StandardScaler, MinMaxScaler

nan = float("nan")
TRAIN = [[1.0, 10.0, 5.0], [2.0, nan, 5.0], [nan, 30.0, 5.0], [4.0, 40.0, 5.0], [7.5, 12.0, 5.0]]
TEST = [[nan, nan, nan], [3.0, 20.0, 6.0]]
out = {"sklearn": sklearn.__version__, "train": TRAIN, "test": TEST, "cases": []}
for imp in ["median", "mean"]:
    for scale, scaler in [("standard", StandardScaler()), ("minmax", MinMaxScaler())]:
        i = SimpleImputer(strategy=imp).fit(np.array(TRAIN))
        s = scaler.fit(i.transform(np.array(TRAIN)))
        out["cases"].append({"imputation": imp, "scaling": scale,
                             "train": s.transform(i.transform(np.array(TRAIN))).tolist(),
                             "test": s.transform(i.transform(np.array(TEST))).tolist()})
print(json.dumps(out, indent=1, allow_nan=True))
