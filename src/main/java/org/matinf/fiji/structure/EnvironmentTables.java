package org.matinf.fiji.structure;

import ij.measure.ResultsTable;
import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;
import org.matinf.core.environment.CoordinatedNeighbor;
import org.matinf.core.environment.PolyhedronScore;
import org.matinf.core.environment.SiteEnvironment;
import org.matinf.core.structure.Structure;

/** ImageJ tables of local environments. */
public final class EnvironmentTables {
    /** Columns of the Local Environment table, in order. */
    public static final String[] COLUMNS = {"site", "species", "cn", "polyhedron", "score", "neighbors", "candidates"};
    /** The polyhedron column of a site whose coordination number has no candidate shapes. */
    public static final String NONE = "none";

    private EnvironmentTables() {
    }

    /**
     * Adds one row per site: index (from 0, as in Structure Info's site table), species,
     * coordination number, best polyhedron ({@value #NONE} if none applies) and its score (NaN then),
     * the neighbours as "species:distance" (Å) nearest first, and every candidate shape with its
     * score, best first.
     */
    public static void addSites(ResultsTable rt, Structure s, List<SiteEnvironment> environments) {
        for (SiteEnvironment e : environments) {
            rt.incrementCounter();
            rt.addValue("site", e.site());
            rt.addValue("species", s.site(e.site()).speciesString());
            rt.addValue("cn", e.cn());
            rt.addValue("polyhedron", e.best().map(b -> b.polyhedron().label()).orElse(NONE));
            rt.addValue("score", e.best().map(PolyhedronScore::score).orElse(Double.NaN));
            rt.addValue("neighbors", neighbors(s, e.neighbors()));
            rt.addValue("candidates", candidates(e.scores()));
        }
        StructureTables.setDecimals(rt, "site", 0);
        StructureTables.setDecimals(rt, "cn", 0);
        StructureTables.setDecimals(rt, "score", StructureTables.DECIMALS);
    }

    private static String neighbors(Structure s, List<CoordinatedNeighbor> shell) {
        StringJoiner j = new StringJoiner(" ");
        for (CoordinatedNeighbor n : shell) {
            j.add(s.site(n.index()).speciesString() + ":" + String.format(Locale.ROOT, "%.4f", n.distance()));
        }
        return j.toString();
    }

    private static String candidates(List<PolyhedronScore> scores) {
        StringJoiner j = new StringJoiner("; ");
        scores.stream().filter(p -> !Double.isNaN(p.score()))
                .sorted((a, b) -> Double.compare(b.score(), a.score()))
                .forEach(p -> j.add(p.polyhedron().label() + " " + String.format(Locale.ROOT, "%.4f", p.score())));
        return j.toString();
    }
}
