"""Shared by the pymatgen sides of bin/bench: the timing rule and the list of library files, the
same as org.matinf.bench.StructureBench uses (median of repeated runs after warm-up)."""
import glob
import os
import time


def timed(warmup, runs, fn):
    """Median wall time of `runs` calls of fn after `warmup` calls."""
    for _ in range(warmup):
        fn()
    t = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        t.append(time.perf_counter() - t0)
    t.sort()
    return t[runs // 2]


def library_files(lib):
    """Every structure file (.cif, .vasp, .json) below lib, sorted."""
    return sorted(f for f in glob.glob(os.path.join(lib, "**", "*"), recursive=True)
                  if f.endswith((".cif", ".vasp", ".json")))
