#!/usr/bin/env python3
"""The pymatgen side of org.matinf.bench.EnvironmentBench (which starts this script and prints the
ratio): the same cases, timed the same way. Needs Debian's python3-pymatgen; run with
/usr/bin/python3. Prints "case,seconds" lines."""
import json
import os
import sys
import warnings

warnings.filterwarnings("ignore")
from pymatgen.analysis.local_env import LocalStructOrderParams, MinimumDistanceNN, cn_opt_params
from pymatgen.core import Site, Structure
from benchlib import library_files, timed

lib = sys.argv[1] if len(sys.argv) > 1 else "../shared/data/structures"
reference = sys.argv[2] if len(sys.argv) > 2 else "src/test/resources/reference/environment/order_parameters.json"
data = json.load(open(reference))
TYPES = [t for t in data["types"] if t not in ("cn", "sgl_bd")]


def motif_ops(cn):
    names = list(cn_opt_params.get(cn, {}))
    return [LocalStructOrderParams([cn_opt_params[cn][n][0]],
                                   parameters=[cn_opt_params[cn][n][1] if len(cn_opt_params[cn][n]) > 1 else None])
            for n in names]


def scores(sites, ops):
    idx = list(range(1, len(sites)))
    return [op.get_order_parameters(sites, 0, indices_neighs=idx)[0] for op in ops]


shells = [[Site("H", c["center"])] + [Site("H", p) for p in c["neighbors"]] for c in data["cases"]]
singles = [LocalStructOrderParams([t]) for t in TYPES]


def all_types():
    return sum(len(scores(s, singles)) for s in shells)


print("order_parameters_122_shells_30_types,%.6g" % timed(1, 3, all_types))

structures = [Structure.from_file(f) for f in library_files(lib)]
mdnn = MinimumDistanceNN()


def library():
    n = 0
    for s in structures:
        for i in range(len(s)):
            nn = mdnn.get_nn_info(s, i)
            sites = [s[i]] + [x["site"] for x in nn]
            n += len(scores(sites, motif_ops(len(nn))))
    return n


print("local_environment_library_1932_sites,%.6g" % timed(0, 1, library))
