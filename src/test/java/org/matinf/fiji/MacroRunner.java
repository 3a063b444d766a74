package org.matinf.fiji;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.matinf.fiji.launcher.BatchRunner;

/**
 * Runs macros headless through the code of {@code bin/matinf -batch} for tests, collecting what
 * they report on the error stream. Macro text is written to {@code test.ijm} in a folder, which is
 * also the macro's argument.
 */
public final class MacroRunner {
    private final Path dir;
    private final ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
    private final PrintStream err = new PrintStream(errBytes, true, StandardCharsets.UTF_8);

    /** @param dir the folder for the macro file, passed to the macro as its argument */
    public MacroRunner(Path dir) {
        this.dir = dir;
    }

    /** Runs macro text; the exit status of {@link BatchRunner#run}. */
    public int run(String macro) throws IOException {
        Path file = dir.resolve("test.ijm");
        Files.writeString(file, macro, StandardCharsets.UTF_8);
        return BatchRunner.run(file, dir.toString(), err);
    }

    /** Runs a macro file with an argument; it must succeed. */
    public void runFile(Path macro, String argument) {
        int status = BatchRunner.run(macro, argument, err);
        assertEquals(BatchRunner.OK, status, macro + " failed:\n" + err());
    }

    /** What the macros run so far wrote to the error stream. */
    public String err() {
        return errBytes.toString(StandardCharsets.UTF_8);
    }

    /** The stream macros report failures to. */
    public PrintStream errStream() {
        return err;
    }

    /** Runs macro text, which must succeed. */
    public void assertRuns(String macro) throws IOException {
        assertEquals(BatchRunner.OK, run(macro), err());
    }

    /** Runs macro text, which must fail with the message on the error stream. */
    public void assertFails(String macro, String message) throws IOException {
        assertEquals(BatchRunner.FAILED, run(macro), err());
        assertTrue(err().contains(message), err());
    }
}
