#!/usr/bin/python3
"""Reference numbers for MatInf's composition descriptors (org.matinf.core.descriptors).

Uses only NumPy and the standard library, independent of MatInf's Java code. matminer is not
installed here, so the conventions of matminer's ElementProperty("magpie"), Stoichiometry,
ValenceOrbital and IonProperty (read from its source: amounts as weights, np.average, avg_dev,
mode = smallest value with the largest weight by np.isclose, NaN table entries imputed with the
property's mean over Z = 1..118) are re-implemented here with NumPy, as are MatInf's documented
rules for charge balance and the XenonPy-style pooled statistics.

Tables: /work/shared/data/elements/magpie_elementdata/*.table, crabnet oliynyk.csv, and the
pymatgen element data MatInf bundles (src/main/resources/org/matinf/core/element/elements.csv).

Run from the project root:  /usr/bin/python3 src/test/resources/reference/descriptors/make_descriptor_reference.py
Writes descriptors.csv (formula + all descriptor columns) beside this script.
"""
import csv
import math
import os
import sys
import time

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", "..", "..", ".."))
SHARED = os.path.join(ROOT, "..", "shared", "data")
ELEMENTS = os.path.join(SHARED, "elements")
MAXZ = 118

# ---------------------------------------------------------------- element data
def read_pymatgen_csv():
    path = os.path.join(ROOT, "src", "main", "resources", "org", "matinf", "core", "element", "elements.csv")
    rows = [r for r in csv.reader(l for l in open(path) if not l.startswith("#"))]
    head = rows[0]
    by_z, symbol_z, oxi = {}, {}, {}
    for r in rows[1:]:
        d = dict(zip(head, r))
        z = int(d["Z"])
        symbol_z[d["symbol"]] = z
        if z not in by_z:
            by_z[z] = d
            common = [int(t) for t in d["common_oxidation_states"].split()]
            every = [int(t) for t in d["oxidation_states"].split()]
            oxi[z] = common if common else every
    return by_z, symbol_z, oxi


PYM, SYMBOL_Z, OXI = read_pymatgen_csv()
Z_SYMBOL = {z: PYM[z]["symbol"] for z in PYM}


def impute(raw):
    arr = np.array(raw[1:MAXZ + 1], dtype=float)
    mean = np.nanmean(arr)
    out = [float("nan")] + [mean if math.isnan(v) else v for v in arr]
    return out


def cell(text):
    try:
        return float(text)
    except ValueError:
        return float("nan")


def magpie_tables():
    d = os.path.join(ELEMENTS, "magpie_elementdata")
    names = sorted(f[:-6] for f in os.listdir(d) if f.endswith(".table")
                   and f not in ("OxidationStates.table", "IonizationEnergies.table"))
    out = {}
    for n in names:
        lines = open(os.path.join(d, n + ".table")).readlines()
        raw = [float("nan")] + [cell(lines[z - 1]) if z - 1 < len(lines) else float("nan") for z in range(1, MAXZ + 1)]
        out[n] = impute(raw)
    return out


def oliynyk_table():
    rows = list(csv.reader(open(os.path.join(ELEMENTS, "crabnet_element_properties", "oliynyk.csv"))))
    head = rows[0]
    out = {}
    for c in range(1, len(head)):
        raw = [float("nan")] * (MAXZ + 1)
        for r in rows[1:]:
            raw[SYMBOL_Z[r[0]]] = cell(r[c]) if r[c].strip() else float("nan")
        out[head[c].strip()] = impute(raw)
    return out


def pymatgen_table():
    cols = [("atomic_mass", "mass"), ("X", "electronegativity"), ("atomic_radius", "atomic_radius"),
            ("atomic_radius_calculated", "atomic_radius_calculated"), ("covalent_radius", "covalent_radius"),
            ("van_der_waals_radius", "vdw_radius"), ("metallic_radius", "metallic_radius")]
    out = {}
    for name, key in cols:
        raw = [float("nan")] + [cell(PYM[z][key]) if PYM[z][key] else float("nan") for z in range(1, MAXZ + 1)]
        out[name] = impute(raw)
    return out


MAGPIE = magpie_tables()
# MatInf orders the Magpie tables as listed in its index.txt (ls order = sorted by byte value)
MAGPIE_ORDER = sorted(MAGPIE.keys())
OLIYNYK = oliynyk_table()
PYMATGEN = pymatgen_table()

# ---------------------------------------------------------------- formula parsing
def parse_formula(text):
    pos = [0]
    s = text.strip()

    def number():
        start = pos[0]
        while pos[0] < len(s) and (s[pos[0]].isdigit() or s[pos[0]] == "."):
            pos[0] += 1
        return float(s[start:pos[0]]) if pos[0] > start else None

    def group():
        out = {}
        while pos[0] < len(s):
            ch = s[pos[0]]
            if ch in "([{":
                close = {"(": ")", "[": "]", "{": "}"}[ch]
                pos[0] += 1
                inner = group()
                assert s[pos[0]] == close, text
                pos[0] += 1
            elif ch.isupper():
                sym = ch
                if pos[0] + 1 < len(s) and s[pos[0] + 1].islower() and (ch + s[pos[0] + 1]) in SYMBOL_Z:
                    sym = ch + s[pos[0] + 1]
                assert sym in SYMBOL_Z, text
                pos[0] += len(sym)
                inner = {sym: 1.0}
            else:
                break
            n = number()
            for k, v in inner.items():
                out[k] = out.get(k, 0.0) + v * (1.0 if n is None else n)
        return out

    comp = group()
    assert pos[0] == len(s), text
    # merge by atomic number (D, T count as H), keep first-met order
    merged = {}
    for sym, amt in comp.items():
        z = SYMBOL_Z[sym]
        merged[z] = merged.get(z, 0.0) + amt
    return merged

# ---------------------------------------------------------------- matminer-style statistics
def mode(x, w):
    x = np.array(x)
    w = np.array(w)
    most = np.isclose(w, w.max())
    return x[most].min()


def magpie_features(zs, w):
    props = ["Number", "MendeleevNumber", "AtomicWeight", "MeltingT", "Column", "Row", "CovalentRadius",
             "Electronegativity", "NsValence", "NpValence", "NdValence", "NfValence", "NValence", "NsUnfilled",
             "NpUnfilled", "NdUnfilled", "NfUnfilled", "NUnfilled", "GSvolume_pa", "GSbandgap", "GSmagmom",
             "SpaceGroupNumber"]
    names, vals = [], []
    for p in props:
        x = [MAGPIE[p][z] for z in zs]
        mean = np.average(x, weights=w)
        stats = [min(x), max(x), max(x) - min(x), mean, np.average(np.abs(np.subtract(x, mean)), weights=w), mode(x, w)]
        for sname, v in zip(["minimum", "maximum", "range", "mean", "avg_dev", "mode"], stats):
            names.append("MagpieData %s %s" % (sname, p))
            vals.append(float(v))
    return names, vals


def stoichiometry(zs, w):
    n = sum(w)
    names, vals = [], []
    for p in (0, 2, 3, 5, 7, 10):
        names.append("%d-norm" % p)
        vals.append(float(len(zs)) if p == 0 else sum((a / n) ** p for a in w) ** (1.0 / p))
    return names, vals


def valence_orbital(zs, w):
    avg = [np.average([MAGPIE["N%sValence" % o][z] for z in zs], weights=w) for o in "spdf"]
    total = np.average([MAGPIE["NValence"][z] for z in zs], weights=w)
    names = ["avg %s valence electrons" % o for o in "spdf"] + ["frac %s valence electrons" % o for o in "spdf"]
    return names, [float(a) for a in avg] + [float(a / total) for a in avg]


def whole_numbers(w):
    for m in range(1, 101):
        k = [round(a * m) for a in w]
        if all(abs(a * m - kk) <= 1e-5 and kk > 0 for a, kk in zip(w, k)):
            g = 0
            for kk in k:
                g = math.gcd(g, kk)
            k = [kk // g for kk in k]
            return k if sum(k) <= 200 else None
    return None


def charge_balanced(zs, w):
    states = [OXI[z] for z in zs]
    if any(len(s) == 0 for s in states):
        return False
    k = whole_numbers(w)
    if k is None:
        lo = sum(a * min(s) for a, s in zip(w, states))
        hi = sum(a * max(s) for a, s in zip(w, states))
        return lo <= 1e-9 and hi >= -1e-9
    sums = {0}
    for count, s in zip(k, states):
        for _ in range(count):
            sums = {t + q for t in sums for q in s}
    return 0 in sums


def ion_property(zs, w):
    names = ["compound possible", "max ionic char", "avg ionic char"]
    if len(zs) < 2:
        return names, [1.0, 0.0, 0.0]
    x = [PYMATGEN["X"][z] for z in zs]
    f = list(np.true_divide(w, sum(w)))
    chars, avg = [], 0.0
    for i in range(len(zs)):
        for j in range(i + 1, len(zs)):
            chars.append(1.0 - np.exp(-0.25 * ((x[i] - x[j]) ** 2)))
            avg += f[i] * f[j] * chars[-1]
    return names, [1.0 if charge_balanced(zs, w) else 0.0, float(np.max(chars)), float(avg)]


def fraction(zs, w):
    names = [Z_SYMBOL[z] for z in range(1, 95)]
    v = [0.0] * 94
    n = sum(w)
    for z, a in zip(zs, w):
        v[z - 1] = a / n
    return names, v


def pooled(zs, w):
    names, vals = [], []
    w = np.array(w, dtype=float)
    f = w / w.sum()
    for source, table, order in (("magpie", MAGPIE, MAGPIE_ORDER), ("oliynyk", OLIYNYK, list(OLIYNYK.keys())),
                                 ("pymatgen", PYMATGEN, list(PYMATGEN.keys()))):
        for p in order:
            x = np.array([table[p][z] for z in zs], dtype=float)
            ave = float(np.dot(f, x))
            if np.any(x < 0):
                gm = hm = float("nan")
            elif np.any(x == 0):
                gm = hm = 0.0
            else:
                gm = float(np.exp(np.dot(f, np.log(x))))
                hm = float(1.0 / np.dot(f, 1.0 / x))
            stats = [ave, float(np.dot(w, x)), float(np.dot(f, (x - ave) ** 2)), gm, hm, float(x.max()), float(x.min())]
            for sname, v in zip(["ave", "sum", "var", "gmean", "hmean", "max", "min"], stats):
                names.append("%s:%s:%s" % (sname, source, p))
                vals.append(v)
    return names, vals


def describe(formula, families=(magpie_features, stoichiometry, valence_orbital, ion_property, fraction, pooled)):
    comp = parse_formula(formula)
    zs, w = list(comp.keys()), list(comp.values())
    names, vals = [], []
    for fam in families:
        n, v = fam(zs, w)
        names += n
        vals += v
    return names, vals


HAND_PICKED = ["NaCl", "Fe2O3", "LiFePO4", "SrTiO3", "GaAs", "Si", "Fe3O4", "Ba0.5Sr0.5TiO3", "K4[Fe(CN)6]",
               "XeF2", "He", "CsPbI3", "Al2O3", "MgB2", "Cu", "H2O", "NH4NO3", "La0.7Sr0.3MnO3", "ZrO2", "Ti3SiC2"]


def main():
    with open(os.path.join(SHARED, "datasets", "matbench_expt_gap_crabnet.csv")) as fh:
        mb = [r["formula"] for r in csv.DictReader(fh)]
    formulas = mb[::92][:50] + HAND_PICKED
    rows = []
    header = None
    for f in formulas:
        names, vals = describe(f)
        header = header or names
        assert names == header
        rows.append([f] + [repr(float(v)) for v in vals])
    with open(os.path.join(HERE, "descriptors.csv"), "w", newline="") as fh:
        wr = csv.writer(fh, lineterminator="\n")
        wr.writerow(["formula"] + header)
        wr.writerows(rows)
    print("wrote %d formulas x %d descriptors" % (len(rows), len(header)))
    # throughput of the Magpie preset on all matbench formulas (for DescriptorBench's ratio)
    t = time.perf_counter()
    for f in mb:
        describe(f, (magpie_features,))
    dt = time.perf_counter() - t
    print("NumPy Magpie featurisation: %d compositions in %.2f s = %.0f compositions/s" % (len(mb), dt, len(mb) / dt))


if __name__ == "__main__":
    main()
