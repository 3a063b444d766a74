package org.matinf.fiji.orientation;

import java.util.List;
import org.matinf.core.orientation.Orientation;
import org.matinf.fiji.diffraction.PatternTables;

/**
 * Writes per-pattern orientations to the Results table in the columns every indexing command
 * shares and Export Orientations / Orientation Map read: {@code slice, phi1, Phi, phi2,
 * uncertainty} (slice 1-based, Bunge degrees) and, when given, {@code score}.
 */
final class OrientationResults {
    /** The shared columns, in order. */
    static final String[] COLUMNS = {"slice", "phi1", "Phi", "phi2", "uncertainty"};
    /** The extra column of dictionary indexing. */
    static final String SCORE = "score";

    private OrientationResults() {
    }

    /**
     * Replaces the Results table with one row per orientation.
     *
     * @param scores one per orientation, or null for no score column
     */
    static void replace(List<Orientation> orientations, double[] uncertainties, double[] scores) {
        PatternTables.replaceResults(rt -> {
            for (int i = 0; i < orientations.size(); i++) {
                double[] e = orientations.get(i).bunge();
                rt.incrementCounter();
                rt.addValue(COLUMNS[0], i + 1);
                rt.addValue(COLUMNS[1], e[0]);
                rt.addValue(COLUMNS[2], e[1]);
                rt.addValue(COLUMNS[3], e[2]);
                rt.addValue(COLUMNS[4], uncertainties[i]);
                if (scores != null) {
                    rt.addValue(SCORE, scores[i]);
                }
            }
            OrientationChoices.decimals(rt, 4, COLUMNS[1], COLUMNS[2], COLUMNS[3], COLUMNS[4], SCORE);
        });
    }
}
