package org.matinf.core.diffraction;

/**
 * The radiation of a calculated powder pattern: it decides the scattering power of an atom and
 * the Lorentz factor.
 */
public enum Radiation {
    /**
     * X-rays: atomic form factor f(s) that falls with s = sin θ / λ, and the Lorentz-polarisation
     * factor (1 + cos² 2θ) / (sin² θ cos θ) of an unpolarised beam without monochromator.
     */
    XRAY,
    /**
     * Neutrons: bound coherent scattering length b (constant in s, may be negative), Lorentz factor
     * 1 / (sin² θ cos θ) without polarisation term.
     */
    NEUTRON
}
