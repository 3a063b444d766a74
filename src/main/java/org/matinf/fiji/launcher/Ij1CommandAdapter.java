package org.matinf.fiji.launcher;

import ij.IJ;
import ij.Macro;
import ij.gui.GenericDialog;
import ij.plugin.PlugIn;
import java.awt.GraphicsEnvironment;
import java.lang.reflect.InvocationTargetException;
import java.util.List;
import org.matinf.fiji.CommandFailure;
import org.matinf.fiji.MatInfMenus;
import org.scijava.command.Command;

/**
 * Runs a MatInf SciJava command as an ImageJ 1.x plug-in, for plain ImageJ 1.x without Fiji's
 * imagej-legacy. ImageJ's command table maps the menu label to this class with the command's
 * class name as argument; {@code run(label, options)} then lands here.
 *
 * <p>Inputs come from the macro options, matched by {@code @Parameter} field name exactly as
 * imagej-legacy does in Fiji, so the same macro line works in both. A dialog is shown only when
 * there are no macro options and a screen (a command without inputs simply runs). Service fields stay null (commands fall back to
 * ImageJ 1.x's status bar); no SciJava context is created.
 */
public final class Ij1CommandAdapter implements PlugIn {

    @Override
    public void run(String className) {
        Command command;
        try {
            command = (Command) Class.forName(className, true, Ij1CommandAdapter.class.getClassLoader())
                    .getDeclaredConstructor().newInstance();
        } catch (ClassNotFoundException | NoSuchMethodException | InstantiationException | IllegalAccessException
                | InvocationTargetException | ClassCastException ex) {
            CommandFailure.report("MatInf", "cannot create the command " + className + ": " + ex);
            return;
        }
        String title = MatInfMenus.label(command.getClass());
        List<CommandInput> inputs = CommandInput.of(command.getClass());
        String options = Macro.getOptions();
        try {
            if (options != null) {
                applyOptions(title, command, inputs, options);
            } else if (GraphicsEnvironment.isHeadless() && !inputs.isEmpty()) {
                throw new IllegalArgumentException("without a screen the command needs macro options, e.g. run(\""
                        + title + "\", \"" + example(inputs) + "\")");
            } else if (!showDialog(title, command, inputs)) {
                return;
            }
        } catch (IllegalArgumentException ex) {
            CommandFailure.report(title, ex.getMessage());
            return;
        }
        ActiveImage.inject(command);
        command.run();
    }

    /** Sets the command's inputs from macro options; warns about keys that match no input. */
    static void applyOptions(String title, Command command, List<CommandInput> inputs, String options) {
        for (CommandInput in : inputs) {
            in.setFromOptions(command, options);
        }
        for (String key : MacroOptions.keys(options)) {
            // Macro.getValue reads the lower-cased name; a capitalised name (Phi) is also read as written
            if (inputs.stream().noneMatch(in -> in.name().equals(key) || Macro.trimKey(in.name()).equals(key))) {
                IJ.log(title + ": ignoring the unknown option '" + key + "' (options are " + example(inputs) + ")");
            }
        }
        for (CommandInput in : inputs) {
            if (in.isMissing(command)) {
                throw new IllegalArgumentException("no " + in.name() + " given; run(\"" + title + "\", \""
                        + example(inputs) + "\")");
            }
        }
    }

    private static boolean showDialog(String title, Command command, List<CommandInput> inputs) {
        GenericDialog gd = new GenericDialog(title);
        for (CommandInput in : inputs) {
            in.addTo(gd, command);
        }
        gd.showDialog();
        if (gd.wasCanceled()) {
            return false;
        }
        for (CommandInput in : inputs) {
            in.readFrom(gd, command);
        }
        return true;
    }

    private static String example(List<CommandInput> inputs) {
        StringBuilder sb = new StringBuilder();
        for (CommandInput in : inputs) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(in.name()).append("=[...]");
        }
        return sb.toString();
    }
}
