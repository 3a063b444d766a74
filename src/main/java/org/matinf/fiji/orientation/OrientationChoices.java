package org.matinf.fiji.orientation;

import ij.measure.ResultsTable;
import org.matinf.core.orientation.LaueGroup;

/** What the orientation commands share: the Laue class choice and table formatting. */
final class OrientationChoices {
    private OrientationChoices() {
    }

    /** The Laue class of a {@code symmetry} value. */
    static LaueGroup laueGroup(String symmetry) {
        return LaueGroup.parse(symmetry);
    }

    /** Shows numbers of these columns with {@code digits} decimals. */
    static void decimals(ResultsTable rt, int digits, String... columns) {
        for (String c : columns) {
            int index = rt.getColumnIndex(c);
            if (index != ResultsTable.COLUMN_NOT_FOUND) {
                rt.setDecimalPlaces(index, digits);
            }
        }
    }
}
