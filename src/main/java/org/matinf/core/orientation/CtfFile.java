package org.matinf.core.orientation;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.matinf.core.io.StructureIO;

/**
 * Oxford Instruments HKL Channel Text Files (.ctf), as AZtec/Channel 5, MTEX ({@code loadEBSD_ctf})
 * and orix ({@code orix.io.load}) read them. The header: {@code Channel Text File}, {@code Prj},
 * {@code Author}, {@code JobMode Grid}, {@code XCells}, {@code YCells}, {@code XStep}, {@code YStep}
 * (µm), {@code Phases 1} and the phase line {@code a;b;c<TAB>α;β;γ<TAB>name<TAB>Laue class
 * number<TAB>space group number} (Laue classes numbered 1 = −1 … 11 = m−3m in the order of
 * {@link LaueGroup}; MatInf writes space group 0, unknown). Then the column line
 * {@code Phase X Y Bands Error Euler1 Euler2 Euler3 MAD BC BS} (tab-separated) and one line per
 * point, x fastest, Euler angles Bunge in degrees. MatInf writes MAD = uncertainty (degrees), BC =
 * image quality, BS = score (0 where the map has none), Bands 0; points that are not indexed get
 * phase 0, Error 3 (no solution) and Euler angles 0. The Euler angles are written as they are: no
 * change of reference frame.
 *
 * <p>The reader takes single-phase grid files: a point of phase 0 is not indexed.
 */
public final class CtfFile {
    /** The data column line, tab-separated. */
    static final String COLUMNS = "Phase\tX\tY\tBands\tError\tEuler1\tEuler2\tEuler3\tMAD\tBC\tBS";
    /** Laue classes by their HKL number minus one. */
    private static final LaueGroup[] LAUE = {LaueGroup.BAR_1, LaueGroup.TWO_OVER_M, LaueGroup.MMM, LaueGroup.FOUR_OVER_M,
        LaueGroup.FOUR_OVER_MMM, LaueGroup.BAR_3, LaueGroup.BAR_3_M, LaueGroup.SIX_OVER_M, LaueGroup.SIX_OVER_MMM, LaueGroup.M_BAR_3,
        LaueGroup.M_BAR_3_M};

    private CtfFile() {
    }

    /** HKL's Laue class number: 1 = −1, 2 = 2/m, 3 = mmm, 4 = 4/m, 5 = 4/mmm, 6 = −3, 7 = −3m, 8 = 6/m, 9 = 6/mmm, 10 = m−3, 11 = m−3m. */
    public static int laueNumber(LaueGroup group) {
        for (int i = 0; i < LAUE.length; i++) {
            if (LAUE[i] == group) {
                return i + 1;
            }
        }
        throw new IllegalArgumentException("no Laue class " + group);
    }

    /** Writes the map to a file, through a temporary file and a rename. */
    public static void write(OrientationScan scan, Path file, String project) throws IOException {
        StructureIO.writeAtomically(file, write(scan, project));
    }

    /** The text of the .ctf file of a map; {@code project} is the Prj line (a file name). */
    public static String write(OrientationScan scan, String project) {
        MapPhase p = scan.phase();
        double[] l = p.lattice();
        StringBuilder sb = new StringBuilder(scan.width() * scan.height() * 90 + 1000);
        sb.append("Channel Text File\n")
                .append("Prj\t").append(project == null ? "" : project.replaceAll("[\\t\\r\\n]+", " ")).append('\n')
                .append("Author\tMatInf\n")
                .append("JobMode\tGrid\n")
                .append("XCells\t").append(scan.width()).append('\n')
                .append("YCells\t").append(scan.height()).append('\n')
                .append("XStep\t").append(ScanText.fixed(scan.xStep(), 6)).append('\n')
                .append("YStep\t").append(ScanText.fixed(scan.yStep(), 6)).append('\n')
                .append("AcqE1\t0\nAcqE2\t0\nAcqE3\t0\n")
                .append("Euler angles refer to Sample Coordinate system (CS0)!\tMag\t0\tCoverage\t100\tDevice\t0\tKV\t0\tTiltAngle\t0\tTiltAxis\t0\n")
                .append("Phases\t1\n")
                .append(ScanText.fixed(l[0], 5)).append(';').append(ScanText.fixed(l[1], 5)).append(';').append(ScanText.fixed(l[2], 5))
                .append('\t').append(ScanText.fixed(l[3], 3)).append(';').append(ScanText.fixed(l[4], 3)).append(';')
                .append(ScanText.fixed(l[5], 3)).append('\t').append(p.name()).append('\t').append(laueNumber(p.laueGroup()))
                .append("\t0\n")
                .append(COLUMNS).append('\n');
        for (int y = 0; y < scan.height(); y++) {
            for (int x = 0; x < scan.width(); x++) {
                Orientation g = scan.get(x, y);
                double[] e = g == null ? new double[3] : g.bunge();
                sb.append(g == null ? "0\t" : "1\t").append(ScanText.fixed(x * scan.xStep(), 5)).append('\t')
                        .append(ScanText.fixed(y * scan.yStep(), 5)).append('\t').append("0\t").append(g == null ? "3\t" : "0\t");
                for (double v : e) {
                    sb.append(ScanText.fixed(v, 6)).append('\t');
                }
                sb.append(ScanText.fixed(ScanText.valueOr(scan, ScanValue.UNCERTAINTY, x, y, 0), 6)).append('\t')
                        .append(ScanText.fixed(ScanText.valueOr(scan, ScanValue.IMAGE_QUALITY, x, y, 0), 6)).append('\t')
                        .append(ScanText.fixed(ScanText.valueOr(scan, ScanValue.SCORE, x, y, 0), 6)).append('\n');
            }
        }
        return sb.toString();
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
        if (lines.isEmpty() || !lines.get(0).startsWith("Channel Text File")) {
            throw new OrientationFileException(source, 1, "not a Channel Text File (the first line must be 'Channel Text File')");
        }
        Map<String, String> fields = new HashMap<>();
        Map<String, Integer> lineOf = new HashMap<>();
        int i = 1;
        for (; i < lines.size() && !lines.get(i).startsWith("Phase\t"); i++) {
            String[] kv = lines.get(i).split("\t", 2);
            String key = kv[0].strip();
            if (!fields.containsKey(key)) {
                fields.put(key, kv.length > 1 ? kv[1].strip() : "");
                lineOf.put(key, i + 1);
            }
            if (key.equals("Phases")) {
                int n = ScanText.integer(source, i + 1, fields.get(key), "Phases", 1);
                if (n > 1) {
                    throw new OrientationFileException(source, i + 1, n + " phases: MatInf reads single-phase maps");
                }
                if (i + 1 >= lines.size()) {
                    throw new OrientationFileException(source, i + 1, "no phase line after Phases");
                }
                fields.put("phase line", lines.get(i + 1));
                lineOf.put("phase line", i + 2);
                i++;
            }
        }
        if (i == lines.size()) {
            throw new OrientationFileException(source, 0, "no column line starting 'Phase<TAB>X<TAB>Y'");
        }
        String[] header = lines.get(i).strip().split("\\s+");
        if (!String.join("\t", header).equals(COLUMNS)) {
            throw new OrientationFileException(source, i + 1, "the columns must be " + COLUMNS.replace('\t', ' '));
        }
        String mode = ScanText.required(source, fields, "JobMode");
        if (!mode.equals("Grid")) {
            throw new OrientationFileException(source, lineOf.get("JobMode"), "JobMode " + mode + ": MatInf reads grid maps (JobMode Grid) only");
        }
        int width = ScanText.integer(source, lineOf.getOrDefault("XCells", 0), ScanText.required(source, fields, "XCells"), "XCells", 1);
        int height = ScanText.integer(source, lineOf.getOrDefault("YCells", 0), ScanText.required(source, fields, "YCells"), "YCells", 1);
        double xStep = ScanText.step(source, lineOf.getOrDefault("XStep", 0), decimalPoint(ScanText.required(source, fields, "XStep")), "XStep");
        double yStep = ScanText.step(source, lineOf.getOrDefault("YStep", 0), decimalPoint(ScanText.required(source, fields, "YStep")), "YStep");
        ScanText.required(source, fields, "Phases");
        MapPhase phase = phase(source, lineOf.get("phase line"), fields.get("phase line"));
        ScanText.Grid points = new ScanText.Grid(source, lineOf.get("YCells"), width, height, xStep, yStep);
        for (int k = i + 1; k < lines.size(); k++) {
            String text = lines.get(k).strip();
            if (!text.isEmpty()) {
                point(source, k + 1, text.split("\\s+"), points);
            }
        }
        return points.scan(phase);
    }

    private static void point(String source, int line, String[] c, ScanText.Grid points) {
        if (c.length != 11) {
            throw new OrientationFileException(source, line, c.length + " columns, expected 11: " + COLUMNS.replace('\t', ' '));
        }
        int phase = ScanText.integer(source, line, c[0], "Phase", 0);
        if (phase > 1) {
            throw new OrientationFileException(source, line, "phase " + phase + " in a file of one phase");
        }
        double[] e = new double[3];
        for (int k = 0; k < 3; k++) {
            e[k] = ScanText.number(source, line, c[5 + k], "Euler" + (k + 1));
        }
        Orientation g = phase == 0 ? null : Orientation.fromBunge(e[0], e[1], e[2]);
        int at = points.place(line, ScanText.number(source, line, c[1], "X"), ScanText.number(source, line, c[2], "Y"), g);
        ScanText.number(source, line, c[3], "Bands");
        ScanText.number(source, line, c[4], "Error");
        points.value(ScanValue.UNCERTAINTY, at, ScanText.number(source, line, c[8], "MAD"));
        points.value(ScanValue.IMAGE_QUALITY, at, ScanText.number(source, line, c[9], "BC"));
        points.value(ScanValue.SCORE, at, ScanText.number(source, line, c[10], "BS"));
    }

    private static MapPhase phase(String source, int line, String text) {
        String[] t = text.split("\t");
        if (t.length < 4) {
            throw new OrientationFileException(source, line, "the phase line needs a;b;c, alpha;beta;gamma, name and Laue class, "
                    + "separated by tabs");
        }
        double[] lattice = new double[6];
        for (int part = 0; part < 2; part++) {
            String[] v = t[part].split(";");
            if (v.length != 3) {
                throw new OrientationFileException(source, line, (part == 0 ? "a;b;c" : "alpha;beta;gamma") + " needs 3 numbers: '" + t[part] + "'");
            }
            for (int k = 0; k < 3; k++) {
                lattice[3 * part + k] = ScanText.step(source, line, decimalPoint(v[k]), "lattice constant " + (3 * part + k + 1));
            }
        }
        int laue = ScanText.integer(source, line, t[3], "Laue class number", 1);
        if (laue > LAUE.length) {
            throw new OrientationFileException(source, line, "Laue class number " + laue + " is not 1 to 11");
        }
        return new MapPhase(t[2], LAUE[laue - 1], lattice);
    }

    /** Some locales write "3,524": HKL software and MTEX read a decimal comma in the header. */
    private static String decimalPoint(String s) {
        return s.replace(',', '.');
    }
}
