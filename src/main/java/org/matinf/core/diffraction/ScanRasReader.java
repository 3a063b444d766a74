package org.matinf.core.diffraction;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Reads Rigaku RAS files: a header of {@code *KEY "value"} lines between
 * {@code *RAS_HEADER_START} and {@code *RAS_HEADER_END}, then the points between
 * {@code *RAS_INT_START} and {@code *RAS_INT_END}, one per line as "2θ intensity [attenuation]"
 * (the intensity is multiplied by the attenuation factor). A file may hold several scans; the
 * first is read. The wavelength is Kα1 for a Kα1 measurement or when no Kα2 is given, else the
 * mean (2 Kα1 + Kα2) / 3.
 */
final class ScanRasReader {
    private ScanRasReader() {
    }

    static PowderProfile read(String text, String source, String name) {
        String[] lines = ScanText.lines(text);
        Map<String, String> header = new HashMap<>();
        ScanPoints points = new ScanPoints(source, false);
        boolean inHeader = false;
        boolean inData = false;
        int scans = 0;
        int dataLine = 0;
        for (int i = 0; i < lines.length; i++) {
            int lineNo = i + 1;
            String t = lines[i].strip();
            if (t.startsWith("*")) {
                String key = t.split("\\s", 2)[0].substring(1).toUpperCase(Locale.ROOT);
                if (inData && !key.equals("RAS_INT_END")) {
                    throw new PatternException(source, lineNo, "'" + ScanText.abbreviate(t)
                            + "' inside the data block: *RAS_INT_END is missing");
                }
                switch (key) {
                    case "RAS_HEADER_START":
                        inHeader = true;
                        break;
                    case "RAS_HEADER_END":
                        inHeader = false;
                        break;
                    case "RAS_INT_START":
                        scans++;
                        inData = true;
                        inHeader = false;
                        dataLine = lineNo;
                        break;
                    case "RAS_INT_END":
                        if (!inData) {
                            throw new PatternException(source, lineNo, "*RAS_INT_END without *RAS_INT_START");
                        }
                        inData = false;
                        break;
                    default:
                        if (inHeader && scans == 0) {
                            header.put(key, headerValue(t, key));
                        }
                }
                continue;
            }
            if (inData && scans == 1 && !t.isEmpty()) {
                point(t, source, lineNo, points);
            }
        }
        if (inData) {
            throw new PatternException(source, lines.length, "the file ends inside the data block that starts on line "
                    + dataLine + ": *RAS_INT_END is missing");
        }
        if (scans == 0) {
            throw new PatternException(source, 0, "no *RAS_INT_START: this RAS file holds no data");
        }
        Map<String, String> meta = metadata(header, source);
        meta.put("scans", Integer.toString(scans));
        if (scans > 1) {
            meta.put("note", "the file holds " + scans + " scans; the first was read");
        }
        return points.toProfile(name, wavelength(header, meta), meta, dataLine);
    }

    private static String headerValue(String line, String key) {
        String v = line.substring(key.length() + 1).strip();
        if (v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"")) {
            v = v.substring(1, v.length() - 1);
        }
        return v.strip();
    }

    private static void point(String t, String source, int lineNo, ScanPoints points) {
        String[] cells = t.split("\\s+");
        if (cells.length < 2 || cells.length > 3) {
            throw new PatternException(source, lineNo, "expected 2θ, intensity and optionally an attenuation factor, found "
                    + cells.length + (cells.length == 1 ? " value" : " values"));
        }
        double[] v = new double[3];
        v[2] = 1;
        for (int k = 0; k < cells.length; k++) {
            if (!ScanText.isNumber(cells[k])) {
                throw new PatternException(source, lineNo, "not a data line: '" + ScanText.abbreviate(cells[k])
                        + "' is not a number");
            }
            v[k] = ScanText.parse(cells[k]);
        }
        points.add(v[0], v[1] * v[2], 0, lineNo);
    }

    private static Map<String, String> metadata(Map<String, String> h, String source) {
        Map<String, String> meta = new LinkedHashMap<>();
        meta.put("format", "ras");
        copy(h, "FILE_SAMPLE", "sample", meta);
        copy(h, "FILE_COMMENT", "comment", meta);
        copy(h, "FILE_SYSTEM_NAME", "instrument", meta);
        copy(h, "HW_XG_TARGET_NAME", "anode", meta);
        copy(h, "MEAS_SCAN_AXIS_X", "scanAxis", meta);
        copy(h, "MEAS_SCAN_UNIT_Y", "intensity.unit", meta);
        copy(h, "MEAS_SCAN_STEP", "step", meta);
        copy(h, "MEAS_SCAN_SPEED", "scanSpeed", meta);
        String axis = h.get("MEAS_SCAN_AXIS_X");
        if (axis != null && !axis.isEmpty()) {
            String a = axis.toLowerCase(Locale.ROOT).replaceAll("[\\s/_-]", "");
            if (!(a.contains("2theta") || a.contains("twotheta") || a.contains("2θ"))) {
                throw new PatternException(source, 0, "the scan axis is '" + ScanText.abbreviate(axis)
                        + "'; only scans over 2θ can be read");
            }
        }
        return meta;
    }

    private static void copy(Map<String, String> h, String key, String as, Map<String, String> meta) {
        String v = h.get(key);
        if (v != null && !v.isEmpty()) {
            meta.put(as, v);
        }
    }

    private static double wavelength(Map<String, String> h, Map<String, String> meta) {
        double unit = "nm".equalsIgnoreCase(h.getOrDefault("HW_XG_WAVE_LENGTH_UNIT", "")) ? 10 : 1;
        double a1 = number(h.get("HW_XG_WAVE_LENGTH_ALPHA1")) * unit;
        double a2 = number(h.get("HW_XG_WAVE_LENGTH_ALPHA2")) * unit;
        double beta = number(h.get("HW_XG_WAVE_LENGTH_BETA")) * unit;
        for (Object[] kv : new Object[][] {{"wavelength.kAlpha1", a1}, {"wavelength.kAlpha2", a2},
            {"wavelength.kBeta", beta}}) {
            if (!Double.isNaN((double) kv[1])) {
                meta.put((String) kv[0], Double.toString((double) kv[1]));
            }
        }
        if (!(a1 > 0)) {
            return Double.NaN;
        }
        String type = h.getOrDefault("MEAS_COND_XG_WAVE_TYPE", "").toLowerCase(Locale.ROOT);
        if (!(a2 > 0) || type.endsWith("1")) {
            meta.put("wavelength.kind", "Kα1");
            return a1;
        }
        meta.put("wavelength.kind", "Kα1/Kα2 weighted mean");
        return (2 * a1 + a2) / 3;
    }

    /** A header number, NaN if absent or not a number. */
    private static double number(String v) {
        double d = v != null && ScanText.isNumber(v) ? ScanText.parse(v) : Double.NaN;
        return Double.isFinite(d) ? d : Double.NaN;
    }
}
