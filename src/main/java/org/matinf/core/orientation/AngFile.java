package org.matinf.core.orientation;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.matinf.core.io.StructureIO;

/**
 * EDAX/TSL .ang files, as OIM Analysis, MTEX ({@code loadEBSD_ang}) and orix ({@code orix.io.load})
 * read them. The header is lines starting with '#': the phase ({@code # Phase 1},
 * {@code # MaterialName}, {@code # Symmetry} as TSL's code (43 for m-3m, 62 for 6/mmm, see
 * {@link #symmetryCode}), {@code # LatticeConstants} a b c α β γ) and the grid ({@code # GRID: SqrGrid},
 * {@code # XSTEP}, {@code # YSTEP} in µm, {@code # NCOLS_ODD}, {@code # NCOLS_EVEN}, {@code # NROWS}).
 * Each data line is one point, x fastest: φ1 Φ φ2 (Bunge, radians), x, y (µm), IQ, CI, phase, SEM
 * signal, Fit. MatInf writes IQ = image quality, CI = score (1 when the map has none), Fit =
 * uncertainty (degrees), SEM signal 0; points that are not indexed get Euler angles 4π, CI = −1 and
 * phase 0, as TSL and orix do. The Euler angles are written as they are: no change of reference
 * frame (see the README on TSL's and MTEX's frames).
 *
 * <p>The reader takes single-phase square-grid files with at least 8 columns (TSL's 10 columns,
 * EMsoft's and orix's included): a point whose CI is −1 is not indexed.
 */
public final class AngFile {
    /** Laue classes and TSL's symmetry codes; 20 is monoclinic with the 2-fold axis along b, as MatInf's 2/m. */
    private static final Map<LaueGroup, Integer> CODES = new LinkedHashMap<>();

    static {
        CODES.put(LaueGroup.BAR_1, 1);
        CODES.put(LaueGroup.TWO_OVER_M, 20);
        CODES.put(LaueGroup.MMM, 22);
        CODES.put(LaueGroup.FOUR_OVER_M, 4);
        CODES.put(LaueGroup.FOUR_OVER_MMM, 42);
        CODES.put(LaueGroup.BAR_3, 3);
        CODES.put(LaueGroup.BAR_3_M, 32);
        CODES.put(LaueGroup.SIX_OVER_M, 6);
        CODES.put(LaueGroup.SIX_OVER_MMM, 62);
        CODES.put(LaueGroup.M_BAR_3, 23);
        CODES.put(LaueGroup.M_BAR_3_M, 43);
    }

    /** Euler angles TSL writes for points that are not indexed. */
    static final double NOT_INDEXED_EULER = 4 * Math.PI;

    private AngFile() {
    }

    /** TSL's symmetry code of a Laue class: 43 m-3m, 23 m-3, 62 6/mmm, 6 6/m, 32 -3m, 3 -3, 42 4/mmm, 4 4/m, 22 mmm, 20 2/m, 1 -1. */
    public static int symmetryCode(LaueGroup group) {
        return CODES.get(group);
    }

    /** Writes the map to a file, through a temporary file and a rename. */
    public static void write(OrientationScan scan, Path file) throws IOException {
        StructureIO.writeAtomically(file, write(scan));
    }

    /** The text of the .ang file of a map. */
    public static String write(OrientationScan scan) {
        MapPhase p = scan.phase();
        double[] l = p.lattice();
        StringBuilder sb = new StringBuilder(scan.width() * scan.height() * 110 + 1000);
        sb.append("# TEM_PIXperUM          1.000000\n# x-star                 0.000000\n# y-star                 0.000000\n")
                .append("# z-star                 0.000000\n# WorkingDistance        0.000000\n#\n")
                .append("# Phase 1\n")
                .append("# MaterialName  \t").append(p.name()).append('\n')
                .append("# Formula     \t").append(p.name()).append('\n')
                .append("# Info\n")
                .append("# Symmetry              ").append(symmetryCode(p.laueGroup())).append('\n')
                .append("# LatticeConstants      ");
        for (int i = 0; i < 6; i++) {
            sb.append(ScanText.fixed(l[i], i < 3 ? 5 : 3)).append(i < 5 ? " " : "\n");
        }
        sb.append("# NumberFamilies        0\n#\n")
                .append("# GRID: SqrGrid\n")
                .append("# XSTEP: ").append(ScanText.fixed(scan.xStep(), 6)).append('\n')
                .append("# YSTEP: ").append(ScanText.fixed(scan.yStep(), 6)).append('\n')
                .append("# NCOLS_ODD: ").append(scan.width()).append('\n')
                .append("# NCOLS_EVEN: ").append(scan.width()).append('\n')
                .append("# NROWS: ").append(scan.height()).append('\n')
                .append("#\n# OPERATOR: MatInf\n#\n# SAMPLEID:\n#\n# SCANID:\n#\n")
                .append("# MatInf columns: phi1 Phi phi2 (Bunge, radians) x y (um) IQ (image quality) CI (score, -1 not indexed) ")
                .append("phase SEM-signal Fit (uncertainty, degrees)\n");
        for (int y = 0; y < scan.height(); y++) {
            for (int x = 0; x < scan.width(); x++) {
                Orientation g = scan.get(x, y);
                double[] e = g == null ? new double[] {NOT_INDEXED_EULER, NOT_INDEXED_EULER, NOT_INDEXED_EULER} : radians(g.bunge());
                for (double v : e) {
                    sb.append(ScanText.fixed(v, 8)).append(' ');
                }
                sb.append(ScanText.fixed(x * scan.xStep(), 5)).append(' ').append(ScanText.fixed(y * scan.yStep(), 5)).append(' ')
                        .append(ScanText.fixed(ScanText.valueOr(scan, ScanValue.IMAGE_QUALITY, x, y, 0), 6)).append(' ')
                        .append(ScanText.fixed(g == null ? -1 : ScanText.valueOr(scan, ScanValue.SCORE, x, y, 1), 6)).append(' ')
                        .append(g == null ? 0 : 1).append(" 0 ")
                        .append(ScanText.fixed(ScanText.valueOr(scan, ScanValue.UNCERTAINTY, x, y, 0), 6)).append('\n');
            }
        }
        return sb.toString();
    }

    private static double[] radians(double[] degrees) {
        return new double[] {Math.toRadians(degrees[0]), Math.toRadians(degrees[1]), Math.toRadians(degrees[2])};
    }

    /**
     * Reads a map.
     *
     * @throws OrientationFileException for a file that cannot be read as described, naming the line
     */
    public static OrientationScan read(Path file) {
        return parse(file.getFileName().toString(), ScanText.lines(file));
    }

    /** Reads a map from the lines of a file called {@code source} (see {@link #read}). */
    public static OrientationScan parse(String source, List<String> lines) {
        Map<String, String> fields = new HashMap<>();
        Map<String, Integer> lineOf = new HashMap<>();
        int phases = 0;
        int first = 0;
        for (; first < lines.size() && lines.get(first).startsWith("#"); first++) {
            String body = lines.get(first).substring(1).strip();
            String[] kv = body.split("[\\s:]+", 2);
            if (kv[0].isEmpty()) {
                continue;
            }
            if (kv[0].equals("Phase")) {
                phases++;
            }
            if (!fields.containsKey(kv[0])) {
                fields.put(kv[0], kv.length > 1 ? kv[1].strip() : "");
                lineOf.put(kv[0], first + 1);
            }
        }
        if (phases > 1) {
            throw new OrientationFileException(source, lineOf.get("Phase"), phases + " phases: MatInf reads single-phase maps");
        }
        MapPhase phase = phase(source, fields, lineOf);
        String grid = ScanText.required(source, fields, "GRID");
        if (!grid.equals("SqrGrid")) {
            throw new OrientationFileException(source, lineOf.get("GRID"), "GRID " + grid + ": MatInf reads square grids (SqrGrid) only");
        }
        double xStep = ScanText.step(source, lineOf.getOrDefault("XSTEP", 0), ScanText.required(source, fields, "XSTEP"), "XSTEP");
        double yStep = ScanText.step(source, lineOf.getOrDefault("YSTEP", 0), ScanText.required(source, fields, "YSTEP"), "YSTEP");
        int width = ScanText.integer(source, lineOf.getOrDefault("NCOLS_ODD", 0), ScanText.required(source, fields, "NCOLS_ODD"), "NCOLS_ODD", 1);
        int even = ScanText.integer(source, lineOf.getOrDefault("NCOLS_EVEN", 0), ScanText.required(source, fields, "NCOLS_EVEN"), "NCOLS_EVEN", 1);
        if (even != width) {
            throw new OrientationFileException(source, lineOf.get("NCOLS_EVEN"), "NCOLS_EVEN " + even + " differs from NCOLS_ODD " + width
                    + " on a square grid");
        }
        int height = ScanText.integer(source, lineOf.getOrDefault("NROWS", 0), ScanText.required(source, fields, "NROWS"), "NROWS", 1);
        ScanText.Grid points = new ScanText.Grid(source, lineOf.get("NROWS"), width, height, xStep, yStep);
        int columns = -1;
        int columnsLine = 0;
        for (int i = first; i < lines.size(); i++) {
            String text = lines.get(i).strip();
            if (text.isEmpty()) {
                continue;
            }
            String[] c = text.split("\\s+");
            if (columns < 0) {
                if (c.length < 8) {
                    throw new OrientationFileException(source, i + 1, c.length + " columns; a data line needs at least 8: "
                            + "phi1 Phi phi2 x y IQ CI phase");
                }
                columns = c.length;
                columnsLine = i + 1;
            } else if (c.length != columns) {
                throw new OrientationFileException(source, i + 1, c.length + " columns, but line " + columnsLine + " has " + columns);
            }
            point(source, i + 1, c, points);
        }
        return points.scan(phase);
    }

    private static void point(String source, int line, String[] c, ScanText.Grid points) {
        double[] e = new double[3];
        String[] names = {"phi1", "Phi", "phi2"};
        for (int k = 0; k < 3; k++) {
            e[k] = ScanText.number(source, line, c[k], names[k]);
        }
        double ci = ScanText.number(source, line, c[6], "CI");
        Orientation g = ci == -1 ? null : Orientation.fromBunge(Math.toDegrees(e[0]), Math.toDegrees(e[1]), Math.toDegrees(e[2]));
        int at = points.place(line, ScanText.number(source, line, c[3], "x"), ScanText.number(source, line, c[4], "y"), g);
        points.value(ScanValue.IMAGE_QUALITY, at, ScanText.number(source, line, c[5], "IQ"));
        points.value(ScanValue.SCORE, at, ci);
        ScanText.number(source, line, c[7], "phase");
        if (c.length >= 10) {
            points.value(ScanValue.UNCERTAINTY, at, ScanText.number(source, line, c[9], "Fit"));
        }
    }

    private static MapPhase phase(String source, Map<String, String> fields, Map<String, Integer> lineOf) {
        String name = ScanText.required(source, fields, "MaterialName");
        String code = ScanText.required(source, fields, "Symmetry");
        LaueGroup group = null;
        for (Map.Entry<LaueGroup, Integer> e : CODES.entrySet()) {
            if (code.equals(String.valueOf(e.getValue()))) {
                group = e.getKey();
            }
        }
        if (group == null) {
            String hint = code.equals("2") || code.equals("21") ? " (monoclinic with the 2-fold axis along c or a; MatInf's 2/m has it "
                    + "along b, TSL code 20)" : " (TSL codes: " + CODES.values() + ")";
            throw new OrientationFileException(source, lineOf.get("Symmetry"), "unsupported Symmetry " + code + hint);
        }
        String[] t = ScanText.required(source, fields, "LatticeConstants").split("\\s+");
        int line = lineOf.get("LatticeConstants");
        if (t.length != 6) {
            throw new OrientationFileException(source, line, "LatticeConstants needs 6 numbers a b c alpha beta gamma, found " + t.length);
        }
        double[] lattice = new double[6];
        for (int i = 0; i < 6; i++) {
            lattice[i] = ScanText.step(source, line, t[i], "lattice constant " + (i + 1));
        }
        return new MapPhase(name, group, lattice);
    }
}
