"""Reference numbers from kikuchipy and orix for MatInf's EBSD geometry and disorientations
(KikuchipyParityTest).

Needs a Python with kikuchipy and orix (not Debian's python3; see the README beside this file for
the versions used). Run from the project root:
    $KIKUCHIPY_PYTHON src/test/resources/reference/ebsd/make_kikuchipy_reference.py
Writes, beside this script:

kikuchipy_geometry.json -- for two detectors (60 rows x 80 columns, Bruker PC, sample tilt 70,
detector tilt 0 and 5) and a handful of Bunge orientations of fcc Ni: the zone axes <uvw> that
kikuchipy's geometrical simulation (KikuchiPatternSimulator.on_detector, reflectors {111}, {200},
{220}) puts on the detector, with their gnomonic coordinates and kikuchipy's pixel coordinates
(zone_axes_coordinates(coordinates="gnomonic" / "pixel")); the detector's sample-to-detector
matrix; and the unit sample-frame directions that kikuchipy's master-pattern projection
(EBSDMasterPattern.get_patterns) uses for a few pixels (its private
signals.util._master_pattern._get_direction_cosines_from_detector, the function get_patterns
calls). Also orix's quaternion of each Bunge triplet.

orix_disorientation.json -- 20 random pairs of orientations each for the Laue classes m-3m (orix
Oh) and 6/mmm (orix D6h), as unit quaternions (scalar first), and the disorientation angle in
degrees from orix (Orientation.angle_with, checked against
Misorientation.map_into_symmetry_reduced_zone().angle).
"""
import json
import os

import numpy as np
import kikuchipy as kp
import orix
from diffpy.structure import Atom, Lattice, Structure
from orix.crystal_map import Phase
from orix.quaternion import Misorientation, Orientation, Rotation
from orix.quaternion.symmetry import D6h, Oh
from diffsims.crystallography import ReciprocalLatticeVector

HERE = os.path.dirname(os.path.abspath(__file__))

DETECTORS = [
    dict(shape=(60, 80), pc=(0.42, 0.31, 0.58), sample_tilt=70.0, tilt=0.0),
    dict(shape=(60, 80), pc=(0.55, 0.45, 0.65), sample_tilt=70.0, tilt=5.0),
]
EULERS = [
    (0.0, 0.0, 0.0),
    (0.0, 45.0, 0.0),
    (90.0, 54.7356103172, 45.0),
    (30.0, 20.0, 10.0),
    (123.4, 56.7, 89.0),
    (250.0, 140.0, 300.0),
]
# pixels (column, row) whose projection directions are recorded
PIXELS = [(0, 0), (79, 0), (0, 59), (79, 59), (40, 30), (13, 47)]


def ni_phase():
    lattice = Lattice(3.52, 3.52, 3.52, 90, 90, 90)
    return Phase("ni", space_group=225, structure=Structure(lattice=lattice, atoms=[Atom("Ni", [0, 0, 0])]))


def geometry():
    phase = ni_phase()
    ref = ReciprocalLatticeVector(phase, hkl=[[1, 1, 1], [2, 0, 0], [2, 2, 0]]).symmetrise()
    simulator = kp.simulations.KikuchiPatternSimulator(ref)
    rotations = Rotation.from_euler(np.deg2rad(EULERS))
    out = []
    for spec in DETECTORS:
        det = kp.detectors.EBSDDetector(shape=spec["shape"], pc=spec["pc"], convention="bruker",
                                        sample_tilt=spec["sample_tilt"], tilt=spec["tilt"])
        sim = simulator.on_detector(det, rotations)
        uvw = sim._zone_axes.vector.uvw  # zone axes in the order of the coordinate arrays
        orientations = []
        for i, euler in enumerate(EULERS):
            gn = sim.zone_axes_coordinates(index=i, coordinates="gnomonic", exclude_nan=False)
            px = sim.zone_axes_coordinates(index=i, coordinates="pixel", exclude_nan=False)
            inside = ~np.isnan(px).any(axis=-1)
            axes = [dict(uvw=[int(round(v)) for v in uvw[j]], gnomonic=gn[j].tolist(), pixel=px[j].tolist())
                    for j in np.flatnonzero(inside)]
            orientations.append(dict(bunge=list(euler), zone_axes=axes))
        dc = kp.signals.util._master_pattern._get_direction_cosines_from_detector(det)
        pixels = [dict(column=c, row=r, direction=dc[r * det.ncols + c].tolist()) for c, r in PIXELS]
        out.append(dict(rows=det.nrows, cols=det.ncols, pc_bruker=list(spec["pc"]),
                        sample_tilt=spec["sample_tilt"], tilt=spec["tilt"],
                        sample_to_detector=det.sample_to_detector.to_matrix().squeeze().tolist(),
                        orientations=orientations, pixels=pixels))
    quats = [dict(bunge=list(e), quaternion=q.tolist()) for e, q in zip(EULERS, rotations.data)]
    return dict(kikuchipy=kp.__version__, orix=orix.__version__, detectors=out, bunge_quaternions=quats)


def disorientations():
    rng = np.random.default_rng(20240604)
    out = {}
    for name, sym in (("m-3m", Oh), ("6/mmm", D6h)):
        # seeded normal 4-vectors, normalised: uniform random rotations
        qa = rng.normal(size=(20, 4))
        qb = rng.normal(size=(20, 4))
        qa /= np.linalg.norm(qa, axis=1)[:, None]
        qb /= np.linalg.norm(qb, axis=1)[:, None]
        a = Orientation(qa, symmetry=sym)
        b = Orientation(qb, symmetry=sym)
        angle = a.angle_with(b, degrees=True)
        m = Misorientation(b * ~a, symmetry=(sym, sym)).map_into_symmetry_reduced_zone()
        check = np.rad2deg(m.angle)
        assert np.allclose(angle, check, atol=1e-9), (angle, check)
        out[name] = [dict(a=qa[i].tolist(), b=qb[i].tolist(), angle=float(angle[i])) for i in range(20)]
    return dict(orix=orix.__version__, pairs=out)


def write(name, data):
    with open(os.path.join(HERE, name), "w") as f:
        json.dump(data, f, indent=1)
        f.write("\n")


if __name__ == "__main__":
    write("kikuchipy_geometry.json", geometry())
    write("orix_disorientation.json", disorientations())
