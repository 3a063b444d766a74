package org.matinf.fiji.pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.matinf.fiji.MatInfMenus;
import org.matinf.fiji.launcher.CommandInput;
import org.matinf.fiji.launcher.MatInfCommands;

/** The macro keys of the pattern commands are public API: their names and order stay. */
class PatternCommandKeysTest {

    private static List<String> keys(Class<?> command) {
        return CommandInput.of(command).stream().map(CommandInput::name).toList();
    }

    @Test
    void macroKeys() {
        assertEquals(List.of("method"), keys(FindPatternCentre.class));
        assertEquals(List.of("centre", "bin", "beam_stop", "median", "plot"), keys(RadialProfileCommand.class));
        assertEquals(List.of("centre", "file", "tolerance", "beam_stop", "mode", "camera_length", "length_unit", "voltage",
                "detector_pixel", "ring_radius", "d", "g"), keys(CalibrateDiffraction.class));
        assertEquals(List.of("centre", "threshold", "absolute", "min_distance", "radius"), keys(FindDiffractionSpots.class));
        assertEquals(List.of("centre", "file", "tolerance", "beam_stop"), keys(IndexRings.class));
    }

    @Test
    void underDiffractionImages() {
        String menu = MatInfMenus.IMAGES.substring(0, MatInfMenus.IMAGES.length() - 1);
        List<String> labels = MatInfCommands.discover().stream().filter(c -> c.menu().equals(menu))
                .map(c -> c.label()).toList();
        for (String label : List.of("Find Pattern Centre", "Radial Profile", "Calibrate Diffraction",
                "Find Diffraction Spots", "Index Rings")) {
            assertTrue(labels.contains(label), label + " in " + labels);
        }
    }
}
