"""Composition features for MatbenchBench until MatInf's own Composition Descriptors are merged.

For every formula of matbench_expt_gap (CrabNet's copy) and each of the 22 element properties in
CrabNet's magpie.csv: the atomic-fraction-weighted mean, the minimum, maximum, range (max - min) and
average deviation (sum_i x_i |p_i - mean|) over the elements present. Formulas are parsed with
pymatgen's Composition. Output columns: formula, target, then <property>_<stat>.
Run: /usr/bin/python3 magpie_features.py /work/shared/data OUT.csv
"""
import csv
import sys
import numpy as np
from pymatgen.core import Composition

shared, out = sys.argv[1], sys.argv[2]
props = {}
with open(shared + "/elements/crabnet_element_properties/magpie.csv") as f:
    r = csv.reader(f)
    names = next(r)[1:]
    for row in r:
        props[row[0]] = np.array([float(v) if v not in ("", "nan", "NaN") else np.nan for v in row[1:]])
rows = list(csv.DictReader(open(shared + "/datasets/matbench_expt_gap_crabnet.csv")))
with open(out, "w", newline="") as f:
    w = csv.writer(f)
    w.writerow(["formula", "target"] + [f"{p}_{s}" for p in names for s in ("mean", "min", "max", "range", "avg_dev")])
    for row in rows:
        comp = Composition(row["formula"]).fractional_composition
        els = [e.symbol for e in comp]
        x = np.array([comp[e] for e in els])
        P = np.array([props[e] for e in els])  # elements x properties
        mean = x @ P
        feats = []
        for j in range(len(names)):
            col = P[:, j]
            feats += [mean[j], col.min(), col.max(), col.max() - col.min(), float(x @ np.abs(col - mean[j]))]
        w.writerow([row["formula"], row["target"]] + [repr(float(v)) for v in feats])
