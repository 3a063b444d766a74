package org.matinf.core.symmetry;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The 230 space groups, looked up by International Tables number or by Hermann–Mauguin symbol as CIF
 * files write them. The operations of the standard settings come from the bundled
 * {@code space_groups.tsv} (general positions from the Bilbao Crystallographic Server via
 * Dans_Diffraction); other settings are derived from them (see {@link SettingTable}).
 *
 * <p>Accepted symbols: any spacing and letter case ("P 63/m m c", "p63/mmc"), full symbols
 * ("P 21/n 21/m 21/a", "F 4/m -3 2/m"), the old cubic notation without bar ("F m 3 m"), monoclinic
 * and orthorhombic settings ("P 1 21/n 1", "P21/n", "P 1 1 21/a", "Pbnm"), origin choices ("F d -3 m :1",
 * ":2" is the standard), and hexagonal or rhombohedral axes for R groups ("R -3 m :H", "R -3 m :R",
 * also "R -3 m R"). Without a suffix the standard setting is meant: origin choice 2, hexagonal axes.
 */
public final class SpaceGroups {
    private static final List<SpaceGroup> STANDARD = load();
    private static final Map<String, SettingTable.Setting> SETTINGS = SettingTable.build(STANDARD);
    private static final Map<String, SpaceGroup> CACHE = new ConcurrentHashMap<>();

    private SpaceGroups() {
    }

    /** The group with this number in its standard setting; throws IllegalArgumentException outside 1..230. */
    public static SpaceGroup byNumber(int number) {
        if (number < 1 || number > 230) {
            throw new IllegalArgumentException("There is no space group number " + number + " (they run 1..230)");
        }
        return STANDARD.get(number - 1);
    }

    /** All 230 groups in their standard settings, by number. */
    public static List<SpaceGroup> all() {
        return STANDARD;
    }

    /** The group written by this symbol; throws IllegalArgumentException if MatInf does not know it. */
    public static SpaceGroup bySymbol(String symbol) {
        return find(symbol).orElseThrow(() -> new IllegalArgumentException("Unknown space group symbol '" + symbol
                + "'"));
    }

    /** The group written by this symbol, if MatInf knows it. */
    public static Optional<SpaceGroup> find(String symbol) {
        if (symbol == null || symbol.isBlank()) {
            return Optional.empty();
        }
        HermannMauguin.Parts parts = HermannMauguin.split(symbol);
        SettingTable.Setting s = lookup(HermannMauguin.key(parts.group), parts.setting);
        if (s == null) {
            String shortKey = HermannMauguin.shortKey(parts.group);
            if (shortKey != null) {
                s = lookup(shortKey, parts.setting);
            }
        }
        if (s == null) {
            return Optional.empty();
        }
        SettingTable.Setting setting = s;
        return Optional.of(CACHE.computeIfAbsent(setting.symbol, k -> make(setting)));
    }

    private static SettingTable.Setting lookup(String key, String suffix) {
        if (suffix.isEmpty()) {
            return SETTINGS.get(key);
        }
        SettingTable.Setting s = SETTINGS.get(key + ":" + suffix);
        if (s == null && (suffix.equals("2") || suffix.equals("H") || suffix.equals("1"))) {
            // ":2" and ":H" name the standard setting; ":1" is the standard for groups with one origin
            s = SETTINGS.get(key);
            if (s != null && suffix.equals("1") && SettingTable.hasTwoOrigins(s.number)) {
                return SETTINGS.get(HermannMauguin.key(byNumber(s.number).symbol()) + ":1");
            }
            if (s != null && suffix.equals("H") && !byNumber(s.number).symbol().startsWith("R")) {
                return null;
            }
        }
        return s;
    }

    private static SpaceGroup make(SettingTable.Setting s) {
        return byNumber(s.number).transformed(s.basis, s.origin, s.symbol);
    }

    private static List<SpaceGroup> load() {
        List<SpaceGroup> out = new ArrayList<>();
        try (InputStream in = SpaceGroups.class.getResourceAsStream("space_groups.tsv")) {
            if (in == null) {
                throw new IllegalStateException("space_groups.tsv missing from the MatInf jar");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                String[] f = line.split("\t");
                List<SymmetryOperation> ops = new ArrayList<>();
                for (String op : f[2].split(";")) {
                    ops.add(SymmetryOperation.parse(op));
                }
                out.add(new SpaceGroup(Integer.parseInt(f[0]), f[1], ops));
            }
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        if (out.size() != 230) {
            throw new IllegalStateException("space_groups.tsv holds " + out.size() + " groups, not 230");
        }
        return Collections.unmodifiableList(out);
    }
}
