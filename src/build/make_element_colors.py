#!/usr/bin/env python3
"""Builds src/main/resources/org/matinf/core/render/element_colors.csv from the shared public data.

Source (see ../shared/data/PROVENANCE.csv): pymatgen's vis/ElementColorSchemes.yaml (MIT,
Materials Project / pymatgen developers), the Jmol and VESTA element colours, values unchanged.
Run from the project root:
    python3 src/build/make_element_colors.py ../shared/data
The build never runs this; the CSV it writes is committed.
"""
import os, sys
import yaml

data = sys.argv[1] if len(sys.argv) > 1 else '../shared/data'
schemes = yaml.safe_load(open(os.path.join(data, 'elements/pymatgen/ElementColorSchemes.yaml')))
jmol, vesta = schemes['Jmol'], schemes['VESTA']
out = 'src/main/resources/org/matinf/core/render/element_colors.csv'
with open(out, 'w') as fh:
    fh.write('# Jmol and VESTA element colours from pymatgen vis/ElementColorSchemes.yaml (MIT licence, '
             'Materials Project / pymatgen developers); see README "Data provenance".\n')
    fh.write('symbol,jmol_r,jmol_g,jmol_b,vesta_r,vesta_g,vesta_b\n')
    for sym in sorted(set(jmol) | set(vesta)):
        j = jmol.get(sym, ['', '', ''])
        v = vesta.get(sym, ['', '', ''])
        fh.write(','.join([sym] + [str(x) for x in j] + [str(x) for x in v]) + '\n')
