package org.matinf.core.learn.selection;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.matinf.core.table.DataTable;
import org.matinf.testutil.TestData;

/**
 * The synthetic data set and scikit-learn / pandas numbers of
 * src/test/resources/reference/learn/selection/make_selection_reference.py.
 */
public final class SelectionReference {
    /** The data set: formula, target, f0..f9 (f6 has missing cells). */
    public static final Path FEATURES = TestData.reference("learn/selection/features.csv");
    /** The reference numbers. */
    public static final JsonNode JSON = TestData.json(TestData.reference("learn/selection/selection.json"));
    /** The feature names f0..f9. */
    public static final List<String> NAMES = names(JSON.get("features"));

    private SelectionReference() {
    }

    public static DataTable table() {
        return DataTable.read(FEATURES);
    }

    public static double[][] x() {
        return table().matrix(NAMES);
    }

    public static double[] y() {
        return table().numbers("target");
    }

    public static List<String> names(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
