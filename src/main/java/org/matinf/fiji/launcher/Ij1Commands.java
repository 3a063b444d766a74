package org.matinf.fiji.launcher;

import ij.IJ;
import ij.Menus;
import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Puts MatInf's commands into ImageJ 1.x's command table ({@code Menus.getCommands()}: menu
 * label to plug-in class), so that macros can {@code run("Structure Info", "...")}.
 *
 * <p>With a GUI the entries also become menu items under Plugins>Materials Informatics. Headless,
 * ImageJ 1.54 cannot build its command table at all (it builds AWT menus to fill it, which throws
 * HeadlessException, so every {@code run(...)} in a macro fails). Here the table is then built
 * without menus: ImageJ's own command list from IJ_Props.txt in ij.jar, the few built-in commands
 * that ImageJ wires in code and batch macros commonly use, and MatInf's commands.
 */
public final class Ij1Commands {
    /** {@code key="Label",class.Name("arg")} lines of IJ_Props.txt. */
    private static final Pattern PROPS_COMMAND = Pattern.compile("^\"([^\"]+)\"\\s*,\\s*(\\S.*)$");

    /** Built-in commands that ImageJ adds in code rather than from IJ_Props.txt, useful in batch macros. */
    private static final Map<String, String> BUILT_IN = Map.of(
            "Clear Results", "ij.plugin.filter.Analyzer(\"clear\")",
            "Close", "ij.plugin.Commands(\"close\")",
            "Close All", "ij.plugin.Commands(\"close-all\")",
            "Duplicate...", "ij.plugin.Duplicator",
            "Rename...", "ij.plugin.SimpleCommands(\"rename\")",
            "Measure", "ij.plugin.filter.Analyzer",
            "Summarize", "ij.plugin.filter.Analyzer(\"sum\")",
            "Set Measurements...", "ij.plugin.filter.Analyzer(\"set\")",
            "Open...", "ij.plugin.Commands(\"open\")",
            "Save", "ij.plugin.Commands(\"save\")");

    private Ij1Commands() {
    }

    /** Registers the commands, as menu items when ImageJ has a GUI, else in a headless command table. */
    public static void install(List<CommandEntry> commands) {
        Hashtable<String, String> table = commandTable();
        boolean menus = IJ.getInstance() != null && !GraphicsEnvironment.isHeadless();
        for (CommandEntry c : commands) {
            if (menus) {
                Menus.add(c.menu() + ">" + c.label(), c.ij1PlugIn());
            } else {
                table.put(c.label(), c.ij1PlugIn());
            }
        }
    }

    /** ImageJ's command table, built headlessly first when ImageJ has none. */
    @SuppressWarnings("unchecked")
    static synchronized Hashtable<String, String> commandTable() {
        Hashtable<String, String> table = Menus.getCommands();
        if (table != null) {
            return table;
        }
        table = new Hashtable<>(builtInCommands());
        try {
            Field f = Menus.class.getDeclaredField("pluginsTable");
            f.setAccessible(true);
            f.set(null, table);
        } catch (NoSuchFieldException | IllegalAccessException | RuntimeException ex) {
            throw new IllegalStateException("This ImageJ version (" + IJ.getVersion()
                    + ") does not let MatInf set up its headless command table: " + ex, ex);
        }
        return table;
    }

    /** ImageJ 1.x's built-in label to class table, read from IJ_Props.txt without building menus. */
    static Map<String, String> builtInCommands() {
        Properties props = new Properties();
        try (InputStream in = IJ.class.getResourceAsStream("/IJ_Props.txt")) {
            if (in != null) {
                props.load(in);
            }
        } catch (IOException ex) {
            throw new IllegalStateException("cannot read IJ_Props.txt from ij.jar: " + ex, ex);
        }
        Hashtable<String, String> out = new Hashtable<>();
        for (String key : props.stringPropertyNames()) {
            Matcher m = PROPS_COMMAND.matcher(props.getProperty(key).trim());
            if (m.matches() && !m.group(1).equals("-")) {
                // "Blobs[B]": a one-letter keyboard shortcut is not part of the label
                out.put(m.group(1).replaceFirst("\\[.\\]$", ""), m.group(2).trim());
            }
        }
        out.putAll(BUILT_IN);
        return out;
    }
}
