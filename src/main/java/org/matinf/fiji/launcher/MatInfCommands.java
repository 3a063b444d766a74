package org.matinf.fiji.launcher;

import java.util.ArrayList;
import java.util.List;
import org.scijava.MenuEntry;
import org.scijava.command.Command;
import org.scijava.plugin.DefaultPluginFinder;
import org.scijava.plugin.PluginIndex;
import org.scijava.plugin.PluginInfo;

/**
 * MatInf's commands, found the way Fiji finds them: in the SciJava plugin index
 * ({@code META-INF/json/org.scijava.plugin.Plugin}) that scijava-common's annotation processor
 * writes at compile time. So Fiji and the ImageJ 1.x launcher share one list.
 */
public final class MatInfCommands {
    private static final String PACKAGE = "org.matinf.";

    private MatInfCommands() {
    }

    /** Every MatInf command that has a menu path, in menu order. */
    public static List<CommandEntry> discover() {
        PluginIndex index = new PluginIndex(new DefaultPluginFinder(MatInfCommands.class.getClassLoader()));
        index.discover();
        List<CommandEntry> out = new ArrayList<>();
        for (PluginInfo<Command> info : index.getPlugins(Command.class)) {
            if (!info.getClassName().startsWith(PACKAGE) || info.getMenuPath() == null || info.getMenuPath().isEmpty()) {
                continue;
            }
            List<String> names = new ArrayList<>();
            for (MenuEntry e : info.getMenuPath()) {
                names.add(e.getName());
            }
            String label = names.remove(names.size() - 1);
            out.add(new CommandEntry(String.join(">", names), label, info.getClassName()));
        }
        out.sort((x, y) -> (x.menu() + ">" + x.label()).compareTo(y.menu() + ">" + y.label()));
        return out;
    }
}
