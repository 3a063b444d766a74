"""Reference answers of offline Materials Project queries on the shared MP-20 subset.

Reads ../shared/data/datasets/structures_mp20_subset/{test,train,val}.csv (in name order) with
Python's csv module, reduces formulas with pymatgen (Debian 2022.11.7) and applies the summary
search's criteria: elements contained, excluded elements absent, chemical system exact (a '*' is any
one other element), reduced formula equal, band gap and energy above hull in closed ranges.
Writes offline_queries.json: per query the number of matches and the first 20 material ids, and
the numbers and structure of a few materials; and summary_docs.json: those materials as summary
documents shaped like the API's answer ({"data": [...], "meta": {...}}), the structure as
pymatgen's Structure.as_dict().

Run from the project root: /usr/bin/python3 src/test/resources/reference/materialsproject/offline_queries.py
"""
import csv
import json
import os
import sys

from pymatgen.core import Composition, Structure

csv.field_size_limit(sys.maxsize)
ROOT = os.path.join("..", "shared", "data", "datasets", "structures_mp20_subset")
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "offline_queries.json")

rows = []
for name in sorted(f for f in os.listdir(ROOT) if f.endswith(".csv")):
    with open(os.path.join(ROOT, name), newline="") as fh:
        for r in csv.DictReader(fh):
            r["_elements"] = set(e.strip(" '\"") for e in r["elements"].strip("[]").split(","))
            r["_reduced"] = Composition(r["pretty_formula"]).reduced_formula
            rows.append(r)


def matches(r, q):
    els = r["_elements"]
    if not set(q.get("elements", [])) <= els:
        return False
    if set(q.get("exclude", [])) & els:
        return False
    if "chemsys" in q:
        ok = False
        for system in q["chemsys"]:
            parts = system.split("-")
            named = {p for p in parts if p != "*"}
            if named <= els and len(els) == len(named) + parts.count("*"):
                ok = True
        if not ok:
            return False
    if "formula" in q and r["_reduced"] not in {Composition(f).reduced_formula for f in q["formula"]}:
        return False
    for key, col in (("band_gap", "band_gap"), ("e_hull", "e_above_hull")):
        v = float(r[col])
        if key + "_min" in q and v < q[key + "_min"]:
            return False
        if key + "_max" in q and v > q[key + "_max"]:
            return False
    return True


QUERIES = {
    "oxides_gap_1_3_stable": {"elements": ["O"], "band_gap_min": 1.0, "band_gap_max": 3.0, "e_hull_max": 0.05},
    "fe_o": {"elements": ["Fe", "O"]},
    "li_no_o": {"elements": ["Li"], "exclude": ["O"]},
    "chemsys_ternary_li": {"chemsys": ["Li-*-*"]},
    "chemsys_exact": {"chemsys": ["Mg-O", "Si-O", "Zn-S"]},
    "formula_perovskites": {"formula": ["SrTiO3", "BaTiO3", "CaTiO3", "KNbO3"]},
    "metals_on_hull": {"band_gap_max": 0.0, "e_hull_max": 0.0},
    "wide_gap": {"band_gap_min": 5.0},
}

out = {"rows": len(rows), "queries": {}, "materials": {}}
for name, q in QUERIES.items():
    hits = [r for r in rows if matches(r, q)]
    out["queries"][name] = {"query": q, "count": len(hits), "first_ids": [r["material_id"] for r in hits[:20]]}

for mid in ["mp-3507", rows[0]["material_id"], rows[-1]["material_id"]]:
    r = next(x for x in rows if x["material_id"] == mid)
    s = Structure.from_str(r["cif"], fmt="cif")
    out["materials"][mid] = {
        "formula": r["pretty_formula"], "reduced_formula": r["_reduced"],
        "band_gap": float(r["band_gap"]), "e_above_hull": float(r["e_above_hull"]),
        "formation_energy_per_atom": float(r["formation_energy_per_atom"]),
        "spacegroup": int(r["spacegroup.number"]), "nsites": len(s), "volume": s.volume,
        "abc": list(s.lattice.abc), "angles": list(s.lattice.angles),
    }

docs = []
for mid in out["materials"]:
    r = next(x for x in rows if x["material_id"] == mid)
    s = Structure.from_str(r["cif"], fmt="cif")
    docs.append({
        "material_id": mid, "formula_pretty": r["pretty_formula"], "elements": sorted(r["_elements"]),
        "nsites": len(s), "band_gap": float(r["band_gap"]), "energy_above_hull": float(r["e_above_hull"]),
        "formation_energy_per_atom": float(r["formation_energy_per_atom"]),
        "symmetry": {"number": int(r["spacegroup.number"])}, "structure": s.as_dict(),
    })
with open(os.path.join(os.path.dirname(OUT), "summary_docs.json"), "w") as fh:
    json.dump({"data": docs, "meta": {"total_doc": len(docs), "max_limit": 1000}}, fh, indent=1)

with open(OUT, "w") as fh:
    json.dump(out, fh, indent=1, sort_keys=True)
print(json.dumps({k: v["count"] for k, v in out["queries"].items()}))
