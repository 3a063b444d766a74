package org.matinf.core.diffraction;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Seeded fuzzing of the pattern readers: valid .xy, .xye, .csv (commas and semicolons), XRDML and
 * RAS files are mutated (byte flips, deleted runs, truncation, duplicated/removed/swapped lines,
 * numbers replaced by NaN, huge or negative values, inserted junk). Every read must finish within
 * 2 s and either return a valid profile (≥ 2 points, finite values, 2θ strictly increasing) or
 * throw a {@link PatternException} that the reader raised itself.
 */
class PatternFuzzTest {
    private static final long SEED = 20260301L;
    private static final int MUTANTS = 4000;
    private static final Duration LIMIT = Duration.ofSeconds(2);
    private static final String[] JUNK = {"NaN", "inf", "-", "1e999", ";", ",", "\t", "\n", "\r\n", "#", "<", ">",
        "</scan>", "<!DOCTYPE x>", "&amp;", "&e;", "*RAS_INT_END", "*RAS_INT_START", "\"", "\u0000", "\u00e9", "1,5", " "};

    private static Map<String, String> seeds() {
        SyntheticPatterns s = new SyntheticPatterns().range(20, 24, 0.02).background(x -> 50).gaussian(22, 500, 0.1);
        PowderProfile p = s.measure(1);
        double[] sigma = p.intensity();
        for (int i = 0; i < sigma.length; i++) {
            sigma[i] = Math.sqrt(Math.max(1, sigma[i]));
        }
        PowderProfile withSigma = new PowderProfile("f", p.twoTheta(), p.intensity(), sigma, 1.5406, Map.of());
        Map<String, String> out = new LinkedHashMap<>();
        out.put("scan.xy", PowderPatternIO.toXy(p));
        out.put("scan.xye", PowderPatternIO.toXy(withSigma));
        out.put("scan.csv", PowderPatternIO.toCsv(withSigma));
        out.put("semi.csv", PowderPatternIO.toCsv(p).replace(',', ';').replace('.', ','));
        out.put("scan.xrdml", PowderPatternIOTest.XRDML);
        out.put("scan.ras", PowderPatternIOTest.RAS);
        return out;
    }

    @Test
    void readersSurviveMutatedFiles() {
        Map<String, String> seeds = seeds();
        List<String> names = new ArrayList<>(seeds.keySet());
        Random random = new Random(SEED);
        List<String> problems = new ArrayList<>();
        Map<String, int[]> tally = new LinkedHashMap<>();
        for (int i = 0; i < MUTANTS && problems.size() < 20; i++) {
            String name = names.get(i % names.size());
            String text = seeds.get(name);
            for (int r = 1 + random.nextInt(3); r > 0; r--) {
                text = mutate(text, random);
            }
            String input = text;
            boolean asBytes = random.nextBoolean();
            Charset cs = name.endsWith(".ras") ? Charset.forName("windows-31j") : StandardCharsets.UTF_8;
            int index = i;
            int[] t = tally.computeIfAbsent(name, k -> new int[2]);
            try {
                PowderProfile p = assertTimeoutPreemptively(LIMIT, () -> asBytes
                        ? PowderPatternIO.read(input.getBytes(cs), name) : PowderPatternIO.read(input, name),
                        () -> "mutant " + index + " of " + name + " took longer than " + LIMIT);
                String bad = invalid(p);
                if (bad != null) {
                    problems.add("mutant " + i + " of " + name + ": " + bad);
                }
                t[0]++;
            } catch (PatternException ex) {
                if (ex.getMessage().contains("cannot read the pattern: ")) {
                    problems.add("mutant " + i + " of " + name + ": the reader leaked " + ex.getCause());
                }
                t[1]++;
            } catch (RuntimeException ex) {
                problems.add("mutant " + i + " of " + name + ": " + ex);
            }
        }
        tally.forEach((f, t) -> System.out.println("fuzz " + f + ": " + t[0] + " read, " + t[1] + " rejected"));
        if (!problems.isEmpty()) {
            fail(problems.size() + " problems (first 20):\n" + String.join("\n", problems));
        }
        tally.forEach((f, t) -> assertTrue(t[0] > 0 && t[1] > 0, f + ": " + t[0] + " read, " + t[1] + " rejected"));
    }

    private static String invalid(PowderProfile p) {
        if (p.size() < 2) {
            return "fewer than two points";
        }
        for (int i = 0; i < p.size(); i++) {
            if (!Double.isFinite(p.twoTheta(i)) || !Double.isFinite(p.intensity(i)) || Math.abs(p.twoTheta(i)) > 180) {
                return "point " + i + " is " + p.twoTheta(i) + ", " + p.intensity(i);
            }
            if (i > 0 && !(p.twoTheta(i) > p.twoTheta(i - 1))) {
                return "2θ does not increase at point " + i;
            }
        }
        double[] s = p.sigma();
        for (int i = 0; s != null && i < s.length; i++) {
            if (!(s[i] >= 0) || !Double.isFinite(s[i])) {
                return "uncertainty " + s[i];
            }
        }
        return null;
    }

    private static String mutate(String text, Random r) {
        int n = text.length();
        int at = r.nextInt(n + 1);
        List<String> lines;
        switch (r.nextInt(7)) {
            case 0:
                return n == 0 ? text : text.substring(0, Math.min(at, n - 1)) + (char) r.nextInt(256)
                        + text.substring(Math.min(at, n - 1) + 1);
            case 1:
                return text.substring(0, at) + text.substring(Math.min(n, at + 1 + r.nextInt(30)));
            case 2:
                return text.substring(0, at);
            case 3:
                lines = new ArrayList<>(List.of(text.split("\n", -1)));
                int a = r.nextInt(lines.size());
                int b = r.nextInt(lines.size());
                if (r.nextBoolean()) {
                    lines.add(a, lines.get(b));
                } else {
                    String t = lines.get(a);
                    lines.set(a, lines.get(b));
                    lines.set(b, t);
                }
                return String.join("\n", lines);
            case 4:
                lines = new ArrayList<>(List.of(text.split("\n", -1)));
                lines.remove(r.nextInt(lines.size()));
                return String.join("\n", lines);
            case 5: {
                java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\d+([.,]\\d+)?").matcher(text);
                List<int[]> spans = new ArrayList<>();
                while (m.find()) {
                    spans.add(new int[] {m.start(), m.end()});
                }
                if (spans.isEmpty()) {
                    return text;
                }
                int[] s = spans.get(r.nextInt(spans.size()));
                String[] repl = {"NaN", "-1", "1e308", "1e999", "0", "-0", "9999", "180.5", "1d3", ""};
                return text.substring(0, s[0]) + repl[r.nextInt(repl.length)] + text.substring(s[1]);
            }
            default:
                return text.substring(0, at) + JUNK[r.nextInt(JUNK.length)] + text.substring(at);
        }
    }
}
