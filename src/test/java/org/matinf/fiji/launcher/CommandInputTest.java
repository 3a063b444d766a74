package org.matinf.fiji.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.scijava.ItemIO;
import org.scijava.app.StatusService;
import org.scijava.command.Command;
import org.scijava.plugin.Parameter;

class CommandInputTest {

    /** A command with one input of each supported kind. */
    public static class Sample implements Command {
        @Parameter
        private StatusService status;
        @Parameter
        private File file;
        @Parameter(choices = {"cif", "poscar"})
        private String format = "cif";
        @Parameter
        private int count = 3;
        @Parameter
        private double tolerance = 0.1;
        @Parameter(required = false)
        private boolean wrap;
        @Parameter(type = ItemIO.OUTPUT)
        private String result;

        @Override
        public void run() {
        }
    }

    private static final List<CommandInput> INPUTS = CommandInput.of(Sample.class);

    private static Sample apply(String options) {
        Sample s = new Sample();
        for (CommandInput in : INPUTS) {
            in.setFromOptions(s, options);
        }
        return s;
    }

    @Test
    void inputsAreTheUserFieldsInOrder() {
        assertEquals(List.of("file", "format", "count", "tolerance", "wrap"),
                INPUTS.stream().map(CommandInput::name).collect(Collectors.toList()));
    }

    @Test
    void valuesComeFromOptionsByFieldName() {
        Sample s = apply("file=[/data/my structures/a b.cif] format=poscar count=5 tolerance=1e-3 wrap");
        assertEquals(new File("/data/my structures/a b.cif"), s.file);
        assertEquals("poscar", s.format);
        assertEquals(5, s.count);
        assertEquals(1e-3, s.tolerance, 0);
        assertTrue(s.wrap);
    }

    @Test
    void absentKeysKeepDefaultsAndAbsentCheckboxIsFalse() {
        Sample s = apply("file=a.cif");
        assertEquals("cif", s.format);
        assertEquals(3, s.count);
        assertFalse(s.wrap);
        assertFalse(INPUTS.get(0).isMissing(s));
        assertTrue(INPUTS.get(0).isMissing(apply("format=cif")));
    }

    @Test
    void wrongValuesNameTheKey() {
        assertEquals("count must be a number; got '2.5'",
                assertThrows(IllegalArgumentException.class, () -> apply("file=a count=2.5")).getMessage());
        assertEquals("tolerance must be a number; got 'small'",
                assertThrows(IllegalArgumentException.class, () -> apply("file=a tolerance=small")).getMessage());
        assertEquals("format must be one of cif, poscar; got 'xyz'",
                assertThrows(IllegalArgumentException.class, () -> apply("file=a format=xyz")).getMessage());
        assertEquals("wrap must be true or false; got 'maybe'",
                assertThrows(IllegalArgumentException.class, () -> apply("file=a wrap=maybe")).getMessage());
    }

    @Test
    void optionKeysAreParsedLikeImageJ() {
        assertEquals(List.of("file", "matrix", "wrap", "title", "output"),
                MacroOptions.keys("file=[a [b] c.cif] matrix=[2 0 0 0 2 0 0 0 2]  wrap title='x y' output=/tmp/o.cif"));
        assertEquals(List.of(), MacroOptions.keys("   "));
    }
}
