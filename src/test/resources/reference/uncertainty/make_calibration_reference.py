"""Reference numbers for MatInf's calibration metrics (org.matinf.core.optimize.uncertainty.Calibration).

Writes predictions.csv (y, mean, std of three synthetic cases: well calibrated, overconfident,
underconfident) and calibration.json (per case: coverage of mean +- 1 std and +- 2 std, the
calibration curve at 100 expected proportions linspace(0, 1, 100) with central Gaussian intervals
[ppf(0.5 - p/2), ppf(0.5 + p/2)], the miscalibration area, the mean Gaussian NLL and the MAE).
The area is computed twice, exactly from the crossing points and by dense numerical integration of
|observed - expected| (np.interp), which must agree; the exact value is stored.
Run: /usr/bin/python3 make_calibration_reference.py  (numpy, scipy)
"""
import json
import numpy as np
from scipy import stats

rng = np.random.RandomState(20261126)
N = 300
cases = {}
for name, scale in [("calibrated", 1.0), ("overconfident", 0.5), ("underconfident", 2.0)]:
    mean = rng.uniform(-3, 3, N)
    true_std = rng.uniform(0.2, 1.5, N)
    y = mean + true_std * rng.standard_normal(N)
    cases[name] = (y, mean, true_std * scale)

levels = np.linspace(0, 1, 100)


def curve(y, mean, std):
    z = (y - mean) / std
    lo = stats.norm.ppf(0.5 - levels / 2)
    hi = stats.norm.ppf(0.5 + levels / 2)
    return np.array([np.mean((z >= a) & (z <= b)) for a, b in zip(lo, hi)])


def exact_area(obs):
    d = obs - levels
    h = np.diff(levels)
    d0, d1 = d[:-1], d[1:]
    same = d0 * d1 >= 0
    with np.errstate(invalid="ignore", divide="ignore"):
        crossing = (d0 ** 2 + d1 ** 2) / (2 * (np.abs(d0) + np.abs(d1)))
    return float(np.sum(np.where(same, h * (np.abs(d0) + np.abs(d1)) / 2, h * crossing)))


def dense_area(obs):
    x = np.linspace(0, 1, 2_000_001)
    return float(np.trapz(np.abs(np.interp(x, levels, obs) - x), x))


out = {}
rows = ["case,y,mean,std"]
for name, (y, mean, std) in cases.items():
    obs = curve(y, mean, std)
    a = exact_area(obs)
    assert abs(a - dense_area(obs)) < 1e-6, (a, dense_area(obs))
    z = np.abs(y - mean) / std
    out[name] = {
        "coverage_68": float(np.mean(z <= 1)),
        "coverage_95": float(np.mean(z <= 2)),
        "observed": obs.tolist(),
        "miscalibration_area": a,
        "nll": float(np.mean(-stats.norm.logpdf(y, loc=mean, scale=std))),
        "mae": float(np.mean(np.abs(y - mean))),
        "mean_std": float(np.mean(std)),
    }
    rows += [f"{name},{a!r},{b!r},{c!r}" for a, b, c in zip(y, mean, std)]

with open("predictions.csv", "w") as f:
    f.write("\n".join(rows) + "\n")
with open("calibration.json", "w") as f:
    json.dump(out, f, indent=1)
