package org.matinf.core.diffraction;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.matinf.core.BundledData;

/**
 * Wavelengths of laboratory X-ray tubes and conversion of what a user types into a wavelength.
 * The table holds the Kα (weighted mean of Kα1 and Kα2), Kα1, Kα2 and Kβ1 lines of Cu, Mo, Cr,
 * Fe, Co and Ag anodes, with the values pymatgen uses (so "CuKa" is 1.54184 Å).
 */
public final class Wavelengths {
    /** hc in keV·Å: λ (Å) = HC_KEV_ANGSTROM / E (keV). */
    public static final double HC_KEV_ANGSTROM = 12.398419843320026;

    private static final Map<String, Double> LINES = load();
    private static final Pattern LINE = Pattern.compile("([A-Za-z]{1,2})\\s*-?\\s*K\\s*-?\\s*(a|α|alpha|b|β|beta)\\s*([12]?)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NUMBER_UNIT = Pattern.compile(
            "([+]?(?:\\d+\\.?\\d*|\\.\\d+)(?:[eE][+-]?\\d+)?)\\s*(Å|A|angstrom|nm|keV|eV)?", Pattern.CASE_INSENSITIVE);

    private Wavelengths() {
    }

    /** The table, keyed by line name ("CuKa", "CuKa1", "CuKa2", "CuKb1", ...), in Å. */
    public static Map<String, Double> table() {
        return LINES;
    }

    /**
     * The wavelength of a characteristic line, e.g. "CuKa", "CuKa1", "MoKb" (= MoKb1), "Cu Kα",
     * "co k-alpha2"; case and spaces do not matter.
     *
     * @throws IllegalArgumentException for an unknown anode or line
     */
    public static double line(String name) {
        Matcher m = LINE.matcher(name.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException("not an X-ray line: \"" + name + "\" (expected e.g. CuKa, CuKa1, MoKb)");
        }
        String anode = m.group(1).substring(0, 1).toUpperCase(Locale.ROOT)
                + m.group(1).substring(1).toLowerCase(Locale.ROOT);
        boolean beta = Character.toLowerCase(m.group(2).charAt(0)) == 'b' || m.group(2).charAt(0) == 'β';
        String key = anode + (beta ? "Kb1" : "Ka" + m.group(3));
        if (beta && "2".equals(m.group(3))) {
            throw new IllegalArgumentException("no Kβ2 line in the table: \"" + name + "\"");
        }
        Double v = LINES.get(key);
        if (v == null) {
            throw new IllegalArgumentException("no " + key + " line in the table (anodes: Cu, Mo, Cr, Fe, Co, Ag)");
        }
        return v;
    }

    /** The wavelength (Å) of a photon of the given energy (keV). */
    public static double fromEnergy(double keV) {
        if (!(keV > 0) || !Double.isFinite(keV)) {
            throw new IllegalArgumentException("photon energy must be a positive number of keV: " + keV);
        }
        return HC_KEV_ANGSTROM / keV;
    }

    /**
     * Reads a wavelength as a user writes it: a line name ("CuKa", "MoKb1", "Ag Kα2"), a length
     * in Å ("1.5406", "1.5406 Å", "1.5406 A"), in nm ("0.15406 nm"), or a photon energy
     * ("8.04 keV", "17479 eV").
     *
     * @return the wavelength in Å
     * @throws IllegalArgumentException for anything else, or a value that is not positive
     */
    public static double parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("no wavelength given");
        }
        String t = text.trim();
        Matcher m = NUMBER_UNIT.matcher(t);
        if (!m.matches()) {
            return line(t);
        }
        double v = Double.parseDouble(m.group(1));
        if (!(v > 0) || !Double.isFinite(v)) {
            throw new IllegalArgumentException("wavelength must be positive: \"" + text + "\"");
        }
        String unit = m.group(2) == null ? "Å" : m.group(2).toLowerCase(Locale.ROOT);
        return switch (unit) {
            case "kev" -> fromEnergy(v);
            case "ev" -> fromEnergy(v / 1000);
            case "nm" -> v * 10;
            default -> v;
        };
    }

    private static Map<String, Double> load() {
        Map<String, Double> map = new LinkedHashMap<>();
        for (String[] f : BundledData.csvRows(Wavelengths.class, "xray_wavelengths.csv")) {
            map.put(f[0], Double.parseDouble(f[1]));
        }
        return Collections.unmodifiableMap(map);
    }
}
