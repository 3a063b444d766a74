package org.matinf.fiji.electron;

import ij.Macro;
import org.matinf.fiji.launcher.MacroOptions;

/**
 * Bunge's Φ written {@code Phi=} in a macro line. ImageJ's {@code Macro.getValue} looks keys up in
 * lower case, so Fiji and ImageJ fill a Φ field only from {@code phi=} (which is also what the
 * macro recorder writes); the commands that take Euler angles read {@code Phi=} themselves with this.
 */
final class BungePhi {
    private BungePhi() {
    }

    /**
     * Φ from {@code Phi=} in the current macro options, or {@code current} when there is none.
     *
     * @throws IllegalArgumentException if the value is not a number
     */
    static double fromOptions(double current) {
        String options = Macro.getOptions();
        String value = options == null ? null : MacroOptions.value(options, "Phi");
        if (value == null) {
            return current;
        }
        try {
            return Double.parseDouble(value.trim());
        } catch (NumberFormatException ex) {
            throw new IllegalArgumentException("Phi must be a number of degrees; got '" + value + "'");
        }
    }
}
