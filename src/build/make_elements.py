#!/usr/bin/env python3
"""Builds src/main/resources/org/matinf/core/element/elements.csv from the shared public data.

Sources (see ../shared/data/PROVENANCE.csv): pymatgen's periodic_table.json (MIT) for Z, mass,
Pauling electronegativity, atomic/van der Waals/metallic radii and oxidation states; pymatgen's
radii.csv (MIT) for the single-bond covalent radius. Run from the project root:
    python3 src/build/make_elements.py ../shared/data
The build never runs this; the CSV it writes is committed.
"""
import csv, json, math, sys, os

data = sys.argv[1] if len(sys.argv) > 1 else '../shared/data'
pt = json.load(open(os.path.join(data, 'elements/pymatgen/periodic_table.json')))
cov = {}
with open(os.path.join(data, 'elements/pymatgen/radii.csv')) as fh:
    for row in csv.DictReader(fh):
        v = row['Covalent (single bond)'].strip()
        try:
            cov[row['symbol']] = float(v) / 100.0
        except ValueError:
            pass

def num(v):
    if v is None:
        return ''
    try:
        f = float(v)
    except (TypeError, ValueError):
        return ''
    return '' if math.isnan(f) else repr(f)

rows = []
for sym, e in pt.items():
    z = e.get('Atomic no')
    if z is None:
        continue
    rows.append([z, sym, e.get('Name', ''), num(e.get('Atomic mass')), num(e.get('X')),
                 num(e.get('Atomic radius')), num(e.get('Atomic radius calculated')),
                 num(cov.get(sym)), num(e.get('Van der waals radius')), num(e.get('Metallic radius')),
                 ' '.join(str(o) for o in e.get('Common oxidation states', [])),
                 ' '.join(str(o) for o in e.get('Oxidation states', []))])
rows.sort(key=lambda r: r[0])
out = 'src/main/resources/org/matinf/core/element/elements.csv'
with open(out, 'w', newline='') as fh:
    fh.write('# Element data derived from pymatgen periodic_table.json and radii.csv (MIT licence, '
             'Materials Project / pymatgen developers); see README "Data provenance".\n')
    w = csv.writer(fh, lineterminator='\n')
    w.writerow(['Z', 'symbol', 'name', 'mass', 'electronegativity', 'atomic_radius',
                'atomic_radius_calculated', 'covalent_radius', 'vdw_radius', 'metallic_radius',
                'common_oxidation_states', 'oxidation_states'])
    w.writerows(rows)
print(len(rows), 'elements ->', out)
