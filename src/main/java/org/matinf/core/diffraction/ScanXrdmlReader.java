package org.matinf.core.diffraction;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads PANalytical XRDML files (any schema version; element names are matched without their
 * namespace). The first {@code <scan>} of the file is read: its {@code <positions axis="2Theta">}
 * (start and end positions of an equidistant scan, or a list of positions), its
 * {@code <intensities>} (XRDML 1.x) or {@code <counts>} (2.x), multiplied by the
 * {@code <beamAttenuationFactors>} where given, and the counting time. The wavelength comes from
 * {@code <usedWavelength>}: Kα1 when the measurement was meant for Kα1 or no Kα2 is given, else
 * the Kα1/Kα2 mean weighted by their ratio. Documents with a DOCTYPE are refused (no entities).
 */
final class ScanXrdmlReader extends DefaultHandler {
    private final String source;
    private final Deque<String> path = new ArrayDeque<>();
    private final Map<String, String> values = new LinkedHashMap<>();
    private final Map<String, Integer> valueLines = new LinkedHashMap<>();
    private Locator locator;
    private String root;
    private int measurements;
    private int scans;
    private boolean inFirstScan;
    private String positionsAxis;
    private String capture;
    private int captureLine;
    private int captureDepth;
    private final StringBuilder text = new StringBuilder();

    private ScanXrdmlReader(String source) {
        this.source = source;
    }

    static PowderProfile read(byte[] bytes, String text, String source, String name) {
        ScanXrdmlReader handler = new ScanXrdmlReader(source);
        InputSource in = bytes != null ? new InputSource(new ByteArrayInputStream(bytes))
                : new InputSource(new StringReader(text));
        try {
            parser().parse(in, handler);
        } catch (SAXParseException ex) {
            throw new PatternException(source, Math.max(0, ex.getLineNumber()), "not well-formed XML: "
                    + ex.getMessage(), ex);
        } catch (SAXException | IOException ex) {
            throw new PatternException(source, 0, "cannot read the XML: " + ex.getMessage(), ex);
        }
        return handler.profile(name);
    }

    private static SAXParser parser() throws SAXException {
        try {
            SAXParserFactory f = SAXParserFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature("http://xml.org/sax/features/external-general-entities", false);
            f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            f.setXIncludeAware(false);
            return f.newSAXParser();
        } catch (ParserConfigurationException ex) {
            throw new SAXException(ex);
        }
    }

    @Override
    public void setDocumentLocator(Locator l) {
        this.locator = l;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) {
        String local = localName == null || localName.isEmpty() ? qName : localName;
        if (root == null) {
            root = local;
        }
        String parent = path.peek();
        path.push(local);
        if (local.equals("xrdMeasurement")) {
            measurements++;
        } else if (local.equals("scan")) {
            scans++;
            inFirstScan = scans == 1;
            if (inFirstScan) {
                put("scanAxis", atts.getValue("scanAxis"));
            }
        } else if (local.equals("usedWavelength") && measurements == 1) {
            put("intended", atts.getValue("intended"));
        } else if (local.equals("positions") && inFirstScan) {
            positionsAxis = atts.getValue("axis");
        }
        String key = captureKey(local, parent);
        if (key != null && !values.containsKey(key)) {
            capture = key;
            captureLine = locator == null ? 0 : locator.getLineNumber();
            captureDepth = path.size();
            text.setLength(0);
            if (local.equals("intensities") || local.equals("counts")) {
                put("intensity.unit", atts.getValue("unit"));
            }
        }
    }

    /** The name under which an element's text is kept, or null if it is not needed. */
    private String captureKey(String local, String parent) {
        if (measurements <= 1 && "usedWavelength".equals(parent)
                && (local.equals("kAlpha1") || local.equals("kAlpha2") || local.equals("ratioKAlpha2KAlpha1"))) {
            return local;
        }
        if ("sample".equals(parent) && (local.equals("id") || local.equals("name"))) {
            return "sample." + local;
        }
        if (!inFirstScan) {
            return null;
        }
        if ("positions".equals(parent)) {
            boolean twoTheta = positionsAxis != null && positionsAxis.replace("-", "").equalsIgnoreCase("2theta");
            return twoTheta ? "2theta." + local : null;
        }
        if ("dataPoints".equals(parent) && (local.equals("intensities") || local.equals("counts")
                || local.equals("commonCountingTime") || local.equals("beamAttenuationFactors"))) {
            return local.equals("counts") ? "intensities" : local;
        }
        return null;
    }

    private void put(String key, String value) {
        if (value != null && !values.containsKey(key)) {
            values.put(key, value);
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (capture != null) {
            text.append(ch, start, length);
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        if (capture != null && path.size() == captureDepth) {
            values.put(capture, text.toString());
            valueLines.put(capture, captureLine);
            capture = null;
        }
        String local = path.pop();
        if (local.equals("scan")) {
            inFirstScan = false;
        } else if (local.equals("positions")) {
            positionsAxis = null;
        }
    }

    private PowderProfile profile(String name) {
        if (!"xrdMeasurements".equals(root)) {
            throw new PatternException(source, 1, "not an XRDML file: the root element is <" + root
                    + ">, not <xrdMeasurements>");
        }
        if (scans == 0) {
            throw new PatternException(source, 0, "the XRDML file holds no <scan>");
        }
        Map<String, String> meta = new LinkedHashMap<>();
        meta.put("format", "xrdml");
        meta.put("scans", Integer.toString(scans));
        if (scans > 1) {
            meta.put("note", "the file holds " + scans + " scans; the first was read");
        }
        copy("sample.name", "sample", meta);
        if (!meta.containsKey("sample")) {
            copy("sample.id", "sample", meta);
        }
        copy("scanAxis", "scanAxis", meta);
        copy("intensity.unit", "intensity.unit", meta);
        String counts = values.get("intensities");
        if (counts == null) {
            throw new PatternException(source, 0, "the first scan has no <intensities> or <counts>");
        }
        int line = valueLines.get("intensities");
        ScanTokens y = ScanTokens.of(counts, line, source, "intensity");
        double[] x = positions(y.size());
        int[] xLines = values.containsKey("2theta.listPositions")
                ? ScanTokens.of(values.get("2theta.listPositions"), valueLines.get("2theta.listPositions"), source,
                        "2θ position").lines() : y.lines();
        double[] factors = attenuation(y.size());
        double time = number("commonCountingTime", "the counting time");
        if (!Double.isNaN(time)) {
            meta.put("countingTime", Double.toString(time));
        }
        double wavelength = wavelength(meta);
        ScanPoints points = new ScanPoints(source, false);
        for (int i = 0; i < y.size(); i++) {
            points.add(x[i], y.value(i) * factors[i], 0, xLines[i]);
        }
        return points.toProfile(name, wavelength, meta, line);
    }

    private void copy(String key, String as, Map<String, String> meta) {
        String v = values.get(key);
        if (v != null && !v.isBlank()) {
            meta.put(as, v.strip());
        }
    }

    private double[] positions(int n) {
        String list = values.get("2theta.listPositions");
        if (list != null) {
            ScanTokens t = ScanTokens.of(list, valueLines.get("2theta.listPositions"), source, "2θ position");
            if (t.size() != n) {
                throw new PatternException(source, valueLines.get("2theta.listPositions"), t.size()
                        + " 2θ positions for " + n + " intensities");
            }
            return t.values();
        }
        if (!values.containsKey("2theta.startPosition") || !values.containsKey("2theta.endPosition")) {
            String why = values.containsKey("2theta.commonPosition")
                    ? "2θ is fixed in this scan (scan axis " + values.getOrDefault("scanAxis", "?")
                            + "); only scans over 2θ can be read"
                    : "the first scan has no <positions axis=\"2Theta\"> with start and end positions or a list";
            throw new PatternException(source, 0, why);
        }
        double start = number("2theta.startPosition", "the start position");
        double end = number("2theta.endPosition", "the end position");
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = n == 1 ? start : start + (end - start) * i / (n - 1);
        }
        return x;
    }

    private double[] attenuation(int n) {
        double[] f = new double[n];
        java.util.Arrays.fill(f, 1);
        String a = values.get("beamAttenuationFactors");
        if (a != null && !a.isBlank()) {
            ScanTokens t = ScanTokens.of(a, valueLines.get("beamAttenuationFactors"), source, "attenuation factor");
            if (t.size() != n) {
                throw new PatternException(source, valueLines.get("beamAttenuationFactors"), t.size()
                        + " beam attenuation factors for " + n + " intensities");
            }
            f = t.values();
        }
        return f;
    }

    /** The single number of a captured element, NaN if absent. */
    private double number(String key, String what) {
        String v = values.get(key);
        if (v == null) {
            return Double.NaN;
        }
        ScanTokens t = ScanTokens.of(v, valueLines.get(key), source, what);
        if (t.size() != 1) {
            throw new PatternException(source, valueLines.get(key), what + " must be one number, not '"
                    + ScanText.abbreviate(v.strip()) + "'");
        }
        return t.value(0);
    }

    private double wavelength(Map<String, String> meta) {
        double a1 = number("kAlpha1", "Kα1");
        double a2 = number("kAlpha2", "Kα2");
        double ratio = number("ratioKAlpha2KAlpha1", "the Kα2/Kα1 ratio");
        String intended = values.getOrDefault("intended", "").toLowerCase(Locale.ROOT);
        put(meta, "wavelength.kAlpha1", a1);
        put(meta, "wavelength.kAlpha2", a2);
        put(meta, "wavelength.ratioKAlpha2KAlpha1", ratio);
        if (!(a1 > 0)) {
            return Double.NaN;
        }
        if (!(a2 > 0) || intended.matches(".*alpha\\s*1.*")) {
            meta.put("wavelength.kind", "Kα1");
            return a1;
        }
        double r = ratio >= 0 ? ratio : 0.5;
        meta.put("wavelength.kind", "Kα1/Kα2 weighted mean");
        return (a1 + r * a2) / (1 + r);
    }

    private static void put(Map<String, String> meta, String key, double v) {
        if (!Double.isNaN(v)) {
            meta.put(key, Double.toString(v));
        }
    }
}
