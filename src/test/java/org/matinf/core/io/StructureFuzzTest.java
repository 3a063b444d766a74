package org.matinf.core.io;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.matinf.core.structure.Site;
import org.matinf.core.structure.Structure;
import org.matinf.core.structure.StructureException;
import org.matinf.testutil.TestData;

/**
 * Seeded fuzzing of every reader: each file of the structure library (CIF, POSCAR, JSON, plus XYZ
 * files written from the POSCARs, since the library has none) is mutated thousands of times in
 * total (byte flips, deletions, truncation, duplicated/removed/swapped lines, numbers replaced by
 * NaN, huge, tiny or negative values, inserted junk, quotes, semicolons, braces). Every call of
 * {@link StructureIO#readAll(String, String, StructureFormat)} must finish within 2 s and either
 * return valid structures (at least one site, finite coordinates and occupancies, finite positive
 * volume) or throw a {@link StructureException} that the reader raised itself, not an unexpected
 * exception that the facade had to wrap.
 */
class StructureFuzzTest {
    private static final long SEED = 20240229L;
    private static final int MUTANTS = 8000;
    private static final Duration LIMIT = Duration.ofSeconds(2);
    private static final Pattern NUMBER = Pattern.compile("[-+]?\\d+(\\.\\d*)?([eE][-+]?\\d+)?|[-+]?\\.\\d+");
    private static final String[] BAD_NUMBERS = {"NaN", "nan", "Infinity", "-Infinity", "1e308", "-1e308", "1e999",
        "99999999999999999999", "2147483648", "-1", "-0.0", "0", "1e-320", "4.9e-324", "0x1p3", "1d0", "1.0f", ""};
    private static final String[] JUNK = {"\"", "'", ";", "{", "}", "[", "]", ":", ",", "=", "\n", "\r\n", "\t", " ",
        "\u0000", "\uFFFD", "\\", "#", "!", "_", "loop_", "data_", "Lattice=\"", "NaN", "-", "e", "\"\"\""};

    /** A valid input that mutants are made from. */
    private record Seed(String name, String text, StructureFormat format) {
    }

    private static List<Seed> seeds() {
        List<Seed> out = new ArrayList<>();
        for (String file : TestData.files("cif", "vasp", "json")) {
            String text = TestData.libraryText(file);
            out.add(new Seed(file, text, StructureFormat.fromFileName(file)));
            if (file.endsWith(".vasp")) {
                Structure s = StructureIO.read(text, file, StructureFormat.POSCAR);
                out.add(new Seed(file.replace(".vasp", ".xyz"), StructureIO.write(s, StructureFormat.XYZ),
                        StructureFormat.XYZ));
            }
        }
        out.add(new Seed("water.xyz", StructureIO.write(Samples.water(), StructureFormat.XYZ), StructureFormat.XYZ));
        out.add(new Seed("two-frames.xyz", StructureIO.write(Samples.water(), StructureFormat.XYZ)
                + StructureIO.write(Samples.ordered(), StructureFormat.XYZ), StructureFormat.XYZ));
        return out;
    }

    @Test
    void readersSurviveMutatedFiles() {
        List<Seed> seeds = seeds();
        assertTrue(seeds.size() > 150, "expected the whole structure library, found " + seeds.size() + " files");
        Random random = new Random(SEED);
        Map<StructureFormat, int[]> tally = new EnumMap<>(StructureFormat.class);
        List<String> problems = new ArrayList<>();
        Map<StructureFormat, List<Seed>> byFormat = new EnumMap<>(StructureFormat.class);
        seeds.forEach(s -> byFormat.computeIfAbsent(s.format(), f -> new ArrayList<>()).add(s));
        List<List<Seed>> groups = new ArrayList<>(byFormat.values());
        for (int i = 0; i < MUTANTS && problems.size() < 20; i++) {
            // formats take turns, so the 146 CIFs do not crowd out the other formats
            List<Seed> group = groups.get(i % groups.size());
            Seed seed = group.get((i / groups.size()) % group.size());
            String mutant = seed.text();
            int rounds = 1 + random.nextInt(3);
            for (int r = 0; r < rounds; r++) {
                mutant = mutate(mutant, random);
            }
            String input = mutant;
            int index = i;
            int[] t = tally.computeIfAbsent(seed.format(), f -> new int[2]);
            try {
                List<Structure> out = assertTimeoutPreemptively(LIMIT,
                        () -> StructureIO.readAll(input, seed.name(), seed.format()),
                        () -> "mutant " + index + " of " + seed.name() + " took longer than " + LIMIT);
                String bad = invalid(out);
                if (bad != null) {
                    problems.add("mutant " + i + " of " + seed.name() + ": " + bad);
                }
                t[0]++;
            } catch (StructureException ex) {
                if (ex.getCause() != null && ex.getMessage().contains(": cannot read " + seed.format().key() + ": ")) {
                    problems.add("mutant " + i + " of " + seed.name() + ": the reader leaked " + ex.getCause());
                }
                t[1]++;
            } catch (RuntimeException ex) {
                problems.add("mutant " + i + " of " + seed.name() + ": " + ex);
            }
        }
        tally.forEach((f, t) -> System.out.println("fuzz " + f + ": " + t[0] + " read, " + t[1] + " rejected"));
        if (!problems.isEmpty()) {
            fail(problems.size() + " problems (first 20):\n" + String.join("\n", problems));
        }
        for (StructureFormat f : new StructureFormat[] {StructureFormat.POSCAR, StructureFormat.XYZ, StructureFormat.JSON}) {
            int[] t = tally.get(f);
            // the mutants must not all be hopeless: many small mutations leave a readable file
            assertTrue(t[0] > (t[0] + t[1]) / 20, f + ": only " + t[0] + " of " + (t[0] + t[1]) + " mutants were readable");
        }
    }

    /** Null if every structure is valid, else what is wrong. */
    private static String invalid(List<Structure> out) {
        if (out.isEmpty()) {
            return "no structure and no exception";
        }
        for (Structure s : out) {
            double v = s.volume();
            if (!(v > 0) || !Double.isFinite(v)) {
                return "volume " + v;
            }
            if (s.numSites() < 1) {
                return "no sites";
            }
            for (Site site : s.sites()) {
                for (double f : site.frac()) {
                    if (!Double.isFinite(f)) {
                        return "coordinate " + f;
                    }
                }
                for (double o : site.species().values()) {
                    if (!Double.isFinite(o) || o < 0) {
                        return "occupancy " + o;
                    }
                }
            }
        }
        return null;
    }

    static String mutate(String text, Random r) {
        int n = text.length();
        int at = n == 0 ? 0 : r.nextInt(n + 1);
        switch (r.nextInt(9)) {
            case 0: { // flip a character into any byte value
                if (n == 0) {
                    return text;
                }
                int p = Math.min(at, n - 1);
                return text.substring(0, p) + (char) r.nextInt(256) + text.substring(p + 1);
            }
            case 1: { // delete a run
                int end = Math.min(n, at + 1 + r.nextInt(40));
                return text.substring(0, at) + text.substring(end);
            }
            case 2: // truncate
                return text.substring(0, at);
            case 3:
                return editLines(text, r, 0);
            case 4:
                return editLines(text, r, 1);
            case 5:
                return editLines(text, r, 2);
            case 6:
                return replaceNumber(text, r);
            case 7: { // insert junk tokens
                StringBuilder sb = new StringBuilder(text.substring(0, at));
                for (int k = 1 + r.nextInt(3); k > 0; k--) {
                    sb.append(JUNK[r.nextInt(JUNK.length)]);
                }
                return sb.append(text.substring(at)).toString();
            }
            default: { // insert random bytes
                StringBuilder sb = new StringBuilder(text.substring(0, at));
                for (int k = 1 + r.nextInt(8); k > 0; k--) {
                    sb.append((char) r.nextInt(256));
                }
                return sb.append(text.substring(at)).toString();
            }
        }
    }

    /** 0 duplicates a line, 1 removes one, 2 swaps two. */
    private static String editLines(String text, Random r, int how) {
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        int i = r.nextInt(lines.size());
        if (how == 0) {
            lines.add(i, lines.get(i));
        } else if (how == 1) {
            lines.remove(i);
        } else {
            int j = r.nextInt(lines.size());
            String t = lines.get(i);
            lines.set(i, lines.get(j));
            lines.set(j, t);
        }
        return String.join("\n", lines);
    }

    private static String replaceNumber(String text, Random r) {
        Matcher m = NUMBER.matcher(text);
        List<int[]> spans = new ArrayList<>();
        while (m.find()) {
            spans.add(new int[] {m.start(), m.end()});
        }
        if (spans.isEmpty()) {
            return text;
        }
        int[] s = spans.get(r.nextInt(spans.size()));
        String old = text.substring(s[0], s[1]);
        String repl = r.nextBoolean() ? BAD_NUMBERS[r.nextInt(BAD_NUMBERS.length)]
                : old.startsWith("-") ? old.substring(1) : "-" + old;
        if (r.nextInt(4) == 0) {
            repl = String.format(Locale.ROOT, "%.3e", (r.nextDouble() - 0.5) * Math.pow(10, r.nextInt(40) - 20));
        }
        return text.substring(0, s[0]) + repl + text.substring(s[1]);
    }
}
