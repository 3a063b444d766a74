package org.matinf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The core must stay pure Java: no ImageJ, SciJava, AWT or Swing. */
class LayeringTest {
    private static final Path CORE = Path.of("src", "main", "java", "org", "matinf", "core");
    private static final Pattern IMPORT = Pattern.compile("^\\s*import\\s+(static\\s+)?([\\w.]+)", Pattern.MULTILINE);
    private static final List<String> FORBIDDEN = List.of("ij.", "org.scijava.", "java.awt", "javax.swing", "net.imagej");

    @Test
    void coreImportsNoUiOrImageJ() throws IOException {
        assertTrue(Files.isDirectory(CORE), "core sources not found at " + CORE.toAbsolutePath());
        List<String> offences = new ArrayList<>();
        int files = 0;
        try (Stream<Path> paths = Files.walk(CORE)) {
            for (Path p : (Iterable<Path>) paths.filter(f -> f.toString().endsWith(".java"))::iterator) {
                files++;
                offences.addAll(forbiddenImports(p, Files.readString(p, StandardCharsets.UTF_8)));
            }
        }
        assertTrue(files > 10, "expected the core sources, found " + files + " files");
        assertEquals(List.of(), offences);
    }

    @Test
    void detectsForbiddenImports() {
        String source = "package x;\nimport java.util.List;\nimport ij.IJ;\nimport static org.scijava.Foo.bar;\n"
                + "import java.awt.Color;\nimport javax.swing.JPanel;\nimport net.imagej.Dataset;\n";
        assertEquals(5, forbiddenImports(Path.of("X.java"), source).size());
        assertEquals(0, forbiddenImports(Path.of("Y.java"), "import java.util.List;\nimport javafx.x;\n").size());
    }

    private static List<String> forbiddenImports(Path file, String source) {
        List<String> out = new ArrayList<>();
        Matcher m = IMPORT.matcher(source);
        while (m.find()) {
            String name = m.group(2);
            for (String f : FORBIDDEN) {
                if (name.startsWith(f)) {
                    out.add(file + ": import " + name);
                }
            }
        }
        return out;
    }
}
