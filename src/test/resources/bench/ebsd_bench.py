#!/usr/bin/env python3
"""The kikuchipy/orix side of bin/bench for EBSD and orientation maths, the same cases as
org.matinf.bench.KikuchiBench and OrientationBench, timed the same way (median of repeated runs
after warm-up, which also absorbs Numba's compilation):

kikuchi_master_Ni_501_<t>         KikuchiPatternSimulator.calculate_master_pattern(half_size=250,
                                  hemisphere="both", scaling="square") for fcc Ni (a = 3.52 A) at
                                  20 kV, then .as_lambert(), which get_patterns needs: 501 x 501
                                  points per hemisphere as MatInf's default grid. Reflectors as
                                  MatInf's: d >= 0.5 A, |F|^2 >= 1e-4 of the strongest, one per
                                  Friedel pair (kikuchipy's structure factors with Lobato's
                                  parameters).
kikuchi_1000_patterns_80x80_<t>   EBSDMasterPattern.get_patterns(rotations, detector, energy=20,
                                  compute=True) for 1000 random rotations on an 80 x 80 detector
                                  (PC 0.5, 0.5, 0.5, sample tilt 70), from that master pattern.
disorientation_angle_m3m_100k     orix Orientation(Oh).angle_with for 100 000 random pairs.
disorientation_m3m_100k           orix Misorientation(b * ~a, (Oh, Oh))
                                  .map_into_symmetry_reduced_zone() and its angle and axis.

<t> is 1_thread (Numba limited to one thread, Dask's synchronous scheduler) or 2_threads (both at
two). Needs kikuchipy and orix; run with their Python (bin/bench: $KIKUCHIPY_PYTHON). Prints
"case,seconds" lines, and rates on standard error.
"""
import sys
import warnings

warnings.filterwarnings("ignore")

import dask
import numba
import numpy as np
import kikuchipy as kp
import orix
from diffpy.structure import Atom, Lattice, Structure
from diffsims.crystallography import ReciprocalLatticeVector
from orix.crystal_map import Phase
from orix.quaternion import Misorientation, Orientation, Rotation
from orix.quaternion.symmetry import Oh

from benchlib import timed

PATTERNS = 1000
PAIRS = 100_000


def ni_reflectors():
    lattice = Lattice(3.52, 3.52, 3.52, 90, 90, 90)
    phase = Phase("Ni", space_group=225, structure=Structure(lattice=lattice, atoms=[Atom("Ni", [0, 0, 0])]))
    ref = ReciprocalLatticeVector.from_min_dspacing(phase, 0.5)
    ref.sanitise_phase()
    ref.calculate_structure_factor(scattering_params="lobato")
    f2 = np.abs(ref.structure_factor) ** 2
    ref = ref[f2 >= 1e-4 * f2.max()]
    first = np.array([next((x for x in hkl if abs(x) > 0.5), 0) for hkl in ref.hkl])
    ref = ref[first > 0]
    ref.calculate_theta(20e3)
    return ref


def master(simulator):
    return simulator.calculate_master_pattern(half_size=250, hemisphere="both", scaling="square").as_lambert(
        show_progressbar=False)


def random_quaternions(n, rng):
    q = rng.normal(size=(n, 4))
    return q / np.linalg.norm(q, axis=1)[:, None]


def report(name, seconds):
    print("%s,%.6g" % (name, seconds))


def ebsd():
    reflectors = ni_reflectors()
    simulator = kp.simulations.KikuchiPatternSimulator(reflectors)
    detector = kp.detectors.EBSDDetector(shape=(80, 80), pc=(0.5, 0.5, 0.5), sample_tilt=70)
    rotations = Rotation(random_quaternions(PATTERNS, np.random.default_rng(42)))
    rates = []
    for threads, label, scheduler in ((1, "1_thread", "synchronous"), (2, "2_threads", "threads")):
        numba.set_num_threads(threads)
        with dask.config.set(scheduler=scheduler, num_workers=threads):
            build = timed(1, 3, lambda: master(simulator))
            mp = master(simulator)
            project = timed(1, 3, lambda: mp.get_patterns(rotations, detector, energy=20, compute=True,
                                                          show_progressbar=False))
        report("kikuchi_master_Ni_501_" + label, build)
        report("kikuchi_%d_patterns_80x80_%s" % (PATTERNS, label), project)
        rates.append("%s: master %.2f s, %.0f patterns/s" % (label, build, PATTERNS / project))
    print("kikuchipy %s (Ni, 20 kV, %d reflectors): %s" % (kp.__version__, reflectors.size, "; ".join(rates)),
          file=sys.stderr)


def orientations():
    rng = np.random.default_rng(1)
    a = Orientation(random_quaternions(PAIRS, rng), symmetry=Oh)
    b = Orientation(random_quaternions(PAIRS, rng), symmetry=Oh)
    angle = timed(1, 3, lambda: a.angle_with(b, degrees=True))

    def full():
        m = Misorientation(b * ~a, symmetry=(Oh, Oh)).map_into_symmetry_reduced_zone()
        return m.angle, m.axis

    both = timed(1, 1, full)  # about 35 s a call here: one timed run after the warm-up
    report("disorientation_angle_m3m_100k", angle)
    report("disorientation_m3m_100k", both)
    print("orix %s m-3m: %.3g disorientation angles/s, %.3g disorientations/s (angle and axis)"
          % (orix.__version__, PAIRS / angle, PAIRS / both), file=sys.stderr)


if __name__ == "__main__":
    ebsd()
    orientations()
