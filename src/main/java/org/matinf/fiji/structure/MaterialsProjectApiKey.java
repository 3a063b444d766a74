package org.matinf.fiji.structure;

import ij.IJ;
import java.awt.GraphicsEnvironment;
import java.util.Arrays;
import javax.swing.BoxLayout;
import javax.swing.JCheckBox;
import javax.swing.JLabel;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.JPasswordField;
import org.matinf.core.materialsproject.MpApiKey;
import org.matinf.fiji.MatInfCommand;
import org.matinf.fiji.MatInfMenus;
import org.scijava.command.Command;
import org.scijava.plugin.Plugin;

/**
 * Asks for the Materials Project API key in a password field and keeps it in ImageJ's preferences,
 * for Materials Project Search. The command has no parameters and its dialog is a plain Swing
 * dialog, not an ImageJ GenericDialog (which records its fields into macros), so the macro recorder
 * records only {@code run("Materials Project API Key");} and never the key. Without a screen it
 * explains to set the environment variable {@code MP_API_KEY} instead.
 */
@Plugin(type = Command.class, menuPath = MatInfMenus.STRUCTURE + "Materials Project API Key")
public class MaterialsProjectApiKey extends MatInfCommand {

    @Override
    protected void execute() {
        if (GraphicsEnvironment.isHeadless()) {
            throw new IllegalArgumentException("without a screen the key cannot be typed in; set the environment variable "
                    + MpApiKey.ENVIRONMENT_VARIABLE + (MaterialsProjectKey.inEnvironment() ? " (it is set)" : " (it is not set)"));
        }
        JPanel panel = new JPanel();
        panel.setLayout(new BoxLayout(panel, BoxLayout.Y_AXIS));
        panel.add(new JLabel("<html>Your API key from materialsproject.org (dashboard).<br>"
                + "It is kept in ImageJ's preferences, never in macros, logs or result files.</html>"));
        if (MaterialsProjectKey.inEnvironment()) {
            panel.add(new JLabel("Note: MP_API_KEY is set in the environment and is used instead."));
        }
        panel.add(new JLabel(MaterialsProjectKey.stored() ? "A key is stored; type a new one to replace it."
                : "No key is stored yet."));
        JPasswordField field = new JPasswordField(34);
        panel.add(field);
        JCheckBox forget = new JCheckBox("Forget the stored key");
        panel.add(forget);
        int answer = JOptionPane.showConfirmDialog(IJ.getInstance(), panel, title(), JOptionPane.OK_CANCEL_OPTION,
                JOptionPane.PLAIN_MESSAGE);
        char[] typed = field.getPassword();
        try {
            if (answer != JOptionPane.OK_OPTION) {
                return;
            }
            if (forget.isSelected()) {
                MaterialsProjectKey.forget();
                MaterialsProjectKey.save();
                IJ.log(title() + ": the stored key was removed");
            } else if (typed.length > 0) {
                MaterialsProjectKey.store(new String(typed));
                MaterialsProjectKey.save();
                IJ.log(title() + ": key stored in ImageJ's preferences");
            }
        } finally {
            Arrays.fill(typed, '\0');
        }
    }
}
