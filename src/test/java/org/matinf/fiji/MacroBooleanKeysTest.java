package org.matinf.fiji;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.matinf.fiji.launcher.CommandEntry;
import org.matinf.fiji.launcher.CommandInput;
import org.matinf.fiji.launcher.MatInfCommands;

/**
 * Fiji's imagej-legacy fills a command's field only from {@code key=value}; a bare key (ImageJ 1.x's
 * way of ticking a checkbox) is ignored there and the field keeps its default. MatInf's launcher
 * accepts both, so a bare boolean key would work in {@code bin/matinf} but silently not in Fiji.
 * The example macros must therefore write every MatInf boolean option as {@code key=true}.
 */
class MacroBooleanKeysTest {

    @Test
    void exampleMacrosGiveBooleanOptionsAValue() throws IOException, ClassNotFoundException {
        Set<String> booleans = new HashSet<>();
        for (CommandEntry c : MatInfCommands.discover()) {
            for (CommandInput in : CommandInput.of(Class.forName(c.className()))) {
                Field f = field(Class.forName(c.className()), in.name());
                if (f.getType() == boolean.class || f.getType() == Boolean.class) {
                    booleans.add(in.name());
                }
            }
        }
        assertTrue(booleans.contains("legend") && booleans.contains("direct_beam"), booleans.toString());
        Pattern bare = Pattern.compile("(?:^|[\\s\"])(" + String.join("|", booleans) + ")(?=[\\s\"]|$)");
        List<String> found = new ArrayList<>();
        try (Stream<Path> macros = Files.list(Path.of("macros"))) {
            for (Path m : (Iterable<Path>) macros.filter(p -> p.toString().endsWith(".ijm"))::iterator) {
                int n = 0;
                for (String line : Files.readAllLines(m)) {
                    n++;
                    String code = line.trim();
                    if (code.startsWith("//") || code.startsWith("print(") || !code.contains("\"")) {
                        continue; // option strings are the quoted parts of code lines
                    }
                    Matcher mt = bare.matcher(code.substring(code.indexOf('"')));
                    while (mt.find()) {
                        found.add(m.getFileName() + ":" + n + " " + mt.group(1));
                    }
                }
            }
        }
        assertTrue(found.isEmpty(), "write these as key=true so Fiji reads them: " + found);
    }

    private static Field field(Class<?> type, String name) {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            try {
                return c.getDeclaredField(name);
            } catch (NoSuchFieldException ex) {
                // look in the superclass
            }
        }
        throw new IllegalStateException(name);
    }
}
