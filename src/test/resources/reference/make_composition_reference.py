#!/usr/bin/python3
"""Reference numbers for chemical-formula parsing, computed with pymatgen.

Writes compositions.csv next to this script.
Run with Debian's pymatgen:  /usr/bin/python3 make_composition_reference.py

Columns: input (formula as a person writes it), parsed_as (string actually given
to pymatgen's Composition; differs from input only where pymatgen cannot parse
the written form), formula, reduced_formula, num_atoms, weight (amu),
elements (order of composition.elements), atomic_fractions, weight_fractions
(El:value joined by ';'), comment.
"""
import csv
import os
import warnings

import pymatgen
from pymatgen.core import Composition

HERE = os.path.dirname(os.path.abspath(__file__))

# (input, fallback string used when pymatgen rejects the input, comment)
FORMULAS = [
    "Fe2O3", "Li2Fe(PO4)", "LiFePO4", "Ba0.5Sr0.5TiO3",
    ("CuSO4·5H2O", "CuSO4(H2O)5", "hydrate dot"),
    ("CuSO4*5H2O", "CuSO4(H2O)5", "hydrate asterisk"),
    ("Na2SO4·10H2O", "Na2SO4(H2O)10", "hydrate dot"),
    "Na2SO4(H2O)10", "CuSO4(H2O)5",
    ("O", None, "single atom: pymatgen reduced_formula gives O2 (diatomic-gas convention)"),
    "(CH3NH3)PbI3", "CH3NH3PbI3", "NaCl", "H2O", "O2", "Li2O2", "KO2",
    "Fe2(SO4)3", "Ca3(PO4)2", "Al2O3", "SrTiO3", "Ca10(PO4)6(OH)2", "Mg(OH)2",
    "NH4NO3", "YBa2Cu3O7", "LaFeO3", "Li7La3Zr2O12", "Si", "C", "GaAs",
    "Cu0.5Zn0.5", "Fe0.95O", "LiNi0.333Co0.333Mn0.333O2",
    "LiNi0.8Co0.15Al0.05O2", "Ti0.9Nb0.1O2",
    "K4(Fe(CN)6)", ("K4[Fe(CN)6]", "K4(Fe(CN)6)", "square brackets"),
    "C6H12O6", "CH4", "He", "Xe", "MoS2", "Bi2Te3",
    # more
    "CO2", "NH3", "SiO2", "TiO2", "ZrO2", "CeO2", "BaTiO3", "PbTiO3",
    "Pb(Zr0.52Ti0.48)O3", "LiCoO2", "LiMn2O4", "Li4Ti5O12", "Li3PS4",
    "Li10GeP2S12", "NaFePO4", "Fe3O4", "FeO", "MnO2", "ZnO", "GaN", "AlN",
    "BN", "SiC", "CdTe", "CsPbBr3", "La0.7Sr0.3MnO3",
    "Bi2Sr2CaCu2O8", "HgBa2Ca2Cu3O8", "MgB2", "Nd2Fe14B", "SmCo5",
    "Ni3Al", "TiAl", "Fe3C", "WC", "CaCO3", "CaSO4(H2O)2", "KAl(SO4)2(H2O)12",
    "Na3AlF6", "Ca5(PO4)3F", "Mg2SiO4", "Al2(SiO4)O", "NaAlSi3O8", "Be3Al2Si6O18",
    "UO2", "PuO2", "ThO2", "Fe", "Cu", "Au", "Pt3Ni",
    "LiNiO2", "Li1.2Mn0.54Ni0.13Co0.13O2", "Na0.67Ni0.33Mn0.67O2", "Sr0.7Y0.3CoO2.62",
    "Cs2AgBiBr6", "Cu2ZnSnS4", "CuIn0.7Ga0.3Se2", "H2SO4", "HNO3", "C60", "C2H5OH",
    "NaCl2", "Li2O2Li",
    # edge cases, with a note in the comment column
    ("Fe2O3 ", None, "trailing space in input"),
    ("fe2o3", None, "lower-case element symbols"),
    ("MAPbI3", None, "MA is an abbreviation not an element"),
    ("D2O", None, "deuterium symbol"),
    ("LiNi1/3Co1/3Mn1/3O2", None, "fractions written with slash"),
]

NUM = repr


def row_for(inp, parsed, comment):
    c = Composition(parsed)
    els = c.elements
    return [
        inp, parsed, c.formula, c.reduced_formula, NUM(float(c.num_atoms)), NUM(float(c.weight)),
        ";".join(str(e) for e in els),
        ";".join(f"{e}:{NUM(float(c.get_atomic_fraction(e)))}" for e in els),
        ";".join(f"{e}:{NUM(float(c.get_wt_fraction(e)))}" for e in els),
        comment,
    ]


def main():
    rows = []
    for item in FORMULAS:
        if isinstance(item, tuple):
            inp, fallback, what = item
        else:
            inp, fallback, what = item, None, ""
        note = what if fallback is None else ""
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            try:
                rows.append(row_for(inp, inp, note))
                continue
            except Exception as exc:
                err = f"{type(exc).__name__}: {' '.join(str(exc).split())}".replace(",", ";")[:120]
            if fallback is not None:
                rows.append(row_for(inp, fallback, f"pymatgen cannot parse {what} form ({err}); "
                                                   f"values are for {fallback}"))
            else:
                rows.append([inp, "", "", "", "", "", "", "", "",
                             f"error:{err}" + (f" ({note})" if note else "")])

    with open(os.path.join(HERE, "compositions.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["input", "parsed_as", "formula", "reduced_formula", "num_atoms", "weight",
                    "elements", "atomic_fractions", "weight_fractions", "comment"])
        w.writerows(rows)
    print(f"pymatgen {pymatgen.core.__version__}: {len(rows)} formulas")


if __name__ == "__main__":
    main()
