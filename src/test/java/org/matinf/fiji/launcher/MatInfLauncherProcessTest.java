package org.matinf.fiji.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code MatInfLauncher -batch} in its own JVM: what {@code bin/matinf -batch} runs. */
class MatInfLauncherProcessTest {
    @TempDir
    Path dir;

    private record Result(int status, String out, String err) {
    }

    private Result launch(String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"),
                MatInfLauncher.class.getName()));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectOutput(dir.resolve("out.txt").toFile())
                .redirectError(dir.resolve("err.txt").toFile()).start();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "launcher did not finish");
        return new Result(p.exitValue(), Files.readString(dir.resolve("out.txt")), Files.readString(dir.resolve("err.txt")));
    }

    private Path macro(String text) throws IOException {
        Path m = dir.resolve("m.ijm");
        Files.writeString(m, text, StandardCharsets.UTF_8);
        return m;
    }

    @Test
    void successfulMacroExitsZeroAndPrintsToStdout() throws Exception {
        Result r = launch("-batch", macro("print(\"argument: \" + getArgument());").toString(), "hello world");
        assertEquals(0, r.status(), r.err());
        assertEquals("argument: hello world", r.out().strip());
    }

    @Test
    void failingCommandExitsOne() throws Exception {
        Result r = launch("-batch", macro("run(\"Structure Info\", \"file=[/no/such/file.cif]\");\nprint(\"after\");").toString());
        assertEquals(1, r.status());
        assertTrue(r.err().contains("Structure Info failed (macro line 1): /no/such/file.cif: file not found"), r.err());
        assertTrue(r.out().isBlank(), r.out());
    }

    @Test
    void wrongArgumentsExitTwo() throws Exception {
        Result r = launch("-batch");
        assertEquals(2, r.status());
        assertTrue(r.err().contains("usage: matinf"), r.err());
    }
}
