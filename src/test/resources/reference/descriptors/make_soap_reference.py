#!/usr/bin/python3
"""Independent NumPy check of MatInf's SOAP expansion coefficients and one power-spectrum element.

The coefficient c^Z_nlm = integral over space of g_nl(r) Y_lm(r^) rho^Z(r) d^3r around a centre is
evaluated by brute-force quadrature on a spherical grid (Gauss-Legendre in r and cos(theta),
uniform in phi), with
  rho^Z(r) = sum over atoms j of element Z (periodic images; the centre itself included) within
             r_cut + sigma sqrt(-2 ln 1e-3) of the centre of exp(-|r - R_j|^2 / (2 sigma^2)),
  g_nl(r)  = sum_k beta_l[n][k] r^l exp(-alpha_lk r^2), DScribe's GTO basis: a_k = linspace(1, r_cut,
             n_max), alpha_lk = -ln(1e-3 / a_k^l) / a_k^2, beta_l = sqrtm(inv(S_l)) with
             S_l[i][j] = Gamma(l + 3/2) / (2 (alpha_i + alpha_j)^(l + 3/2)),
  Y_lm     = real spherical harmonics without the Condon-Shortley phase, built from scipy's complex
             sph_harm: m > 0: sqrt2 (-1)^m Re Y_l^m; m < 0: sqrt2 (-1)^|m| Im Y_l^|m|; m = 0: Y_l^0.
The power-spectrum element is p = pi sqrt(8 / (2l + 1)) sum_m c^Z1_nlm c^Z2_n'lm.
MatInf evaluates the same integrals in closed form; the quadrature here knows nothing of that.
Writes soap_quadrature.json.  Run:  /usr/bin/python3 make_soap_reference.py
"""
import json
import math
import os
import warnings

import numpy as np
from numpy.polynomial.legendre import leggauss
from scipy.linalg import sqrtm
from scipy.special import gamma, sph_harm
from pymatgen.core import Structure

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.environ.get("MATINF_STRUCTURES", "/work/shared/data/structures")
FILE = "handmade/ZnO_wurtzite.vasp"
RCUT, NMAX, LMAX, SIGMA = 5.0, 8, 6, 0.5
CENTRE = 0
# (element, n, l) whose coefficients for every m are computed
TERMS = [("O", 1, 2), ("O", 3, 3), ("Zn", 0, 0), ("Zn", 2, 4)]


def basis():
    a = np.linspace(1, RCUT, NMAX)
    alphas, betas = [], []
    for l in range(LMAX + 1):
        al = -np.log(1e-3 / a ** l) / a ** 2
        s = 0.5 * gamma(l + 1.5) * (al[:, None] + al[None, :]) ** (-(l + 1.5))
        alphas.append(al)
        betas.append(np.real(sqrtm(np.linalg.inv(s))))
    return alphas, betas


def g(alphas, betas, n, l, r):
    return sum(betas[l][n, k] * r ** l * np.exp(-alphas[l][k] * r ** 2) for k in range(NMAX))


def real_ylm(l, m, theta, phi):
    """theta polar, phi azimuth."""
    if m == 0:
        return np.real(sph_harm(0, l, phi, theta))
    y = sph_harm(abs(m), l, phi, theta)
    sign = (-1) ** abs(m)
    return math.sqrt(2) * sign * (np.real(y) if m > 0 else np.imag(y))


def neighbours(s, centre, radius):
    lattice = np.array(s.lattice.matrix)
    cart = np.array(s.cart_coords)
    recip = np.linalg.inv(lattice).T
    reach = [int(math.ceil(radius * np.linalg.norm(recip[k]))) + 1 for k in range(3)]
    grid = np.array(np.meshgrid(*[np.arange(-r, r + 1) for r in reach], indexing="ij")).reshape(3, -1).T
    shifts = grid @ lattice
    out = {}
    for j, site in enumerate(s):
        el = getattr(site.specie, "element", site.specie).symbol
        d = cart[j] + shifts - cart[centre]
        keep = np.linalg.norm(d, axis=1) <= radius
        out.setdefault(el, []).append(d[keep])
    return {el: np.concatenate(v) for el, v in out.items()}


def main():
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        s = Structure.from_file(os.path.join(DATA, FILE))
    alphas, betas = basis()
    radius = RCUT + SIGMA * math.sqrt(-2 * math.log(1e-3))
    atoms = neighbours(s, CENTRE, radius)

    xr, wr = leggauss(400)
    rmax = 14.0
    r = 0.5 * rmax * (xr + 1)
    wr = 0.5 * rmax * wr
    xt, wt = leggauss(90)
    theta = np.arccos(xt)
    nphi = 180
    phi = np.arange(nphi) * 2 * math.pi / nphi
    wphi = 2 * math.pi / nphi
    T, P = np.meshgrid(theta, phi, indexing="ij")
    WT = np.repeat(wt[:, None], nphi, axis=1) * wphi
    dirs = np.stack([np.sin(T) * np.cos(P), np.sin(T) * np.sin(P), np.cos(T)], axis=-1).reshape(-1, 3)
    wang = WT.reshape(-1)

    results = []
    for el, n, l in TERMS:
        pos = atoms[el]
        ylms = [real_ylm(l, m, T, P).reshape(-1) for m in range(-l, l + 1)]
        coeffs = np.zeros(2 * l + 1)
        for ri, wri in zip(r, wr):
            pts = ri * dirs
            rho = np.zeros(len(pts))
            for R in pos:
                rho += np.exp(-np.sum((pts - R) ** 2, axis=1) / (2 * SIGMA ** 2))
            radial = g(alphas, betas, n, l, ri) * ri ** 2 * wri
            for k, y in enumerate(ylms):
                coeffs[k] += radial * np.sum(wang * y * rho)
        p = math.pi * math.sqrt(8 / (2 * l + 1)) * float(np.sum(coeffs * coeffs))
        results.append({"element": el, "n": n, "l": l, "c": coeffs.tolist(), "p_same_n": p})
        print(el, n, l, coeffs, p)
    centre = np.array(s.cart_coords[CENTRE]).tolist()
    with open(os.path.join(HERE, "soap_quadrature.json"), "w") as f:
        json.dump({"file": FILE, "centre": CENTRE, "centre_cartesian": centre, "rcut": RCUT, "nmax": NMAX,
                   "lmax": LMAX, "sigma": SIGMA, "terms": results}, f, indent=1)


if __name__ == "__main__":
    main()
