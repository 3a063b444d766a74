package org.matinf.fiji.launcher;

import ij.IJ;
import ij.ImageJ;
import java.nio.file.Path;

/**
 * Starts ImageJ 1.x with MatInf's commands, without Fiji.
 *
 * <ul>
 *   <li>no arguments: the ImageJ window, with MatInf under Plugins>Materials Informatics;</li>
 *   <li>{@code -batch FILE.ijm [ARG]}: runs the macro without a screen and exits with status 0 when
 *       it succeeds, 1 when it fails (see {@link BatchRunner}).</li>
 * </ul>
 */
public final class MatInfLauncher {
    private MatInfLauncher() {
    }

    public static void main(String[] args) {
        if (args.length > 0 && (args[0].equals("-batch") || args[0].equals("--batch"))) {
            System.setProperty("java.awt.headless", "true");
            if (args.length < 2 || args.length > 3) {
                System.err.println(usage());
                System.exit(2);
            }
            int status = BatchRunner.run(Path.of(args[1]), args.length == 3 ? args[2] : "", System.err);
            System.exit(status);
        } else if (args.length > 0) {
            System.err.println(usage());
            System.exit(args[0].equals("-h") || args[0].equals("--help") ? 0 : 2);
        } else {
            startGui();
        }
    }

    /** Opens the ImageJ window and adds MatInf's menus; ImageJ exits when its window closes. */
    static void startGui() {
        ImageJ ij = IJ.getInstance();
        if (ij == null) {
            ij = new ImageJ(ImageJ.STANDALONE);
        }
        ij.exitWhenQuitting(true);
        Ij1Commands.install(MatInfCommands.discover());
    }

    static String usage() {
        return "usage: matinf                      start ImageJ with MatInf's commands\n"
                + "       matinf -batch FILE.ijm [ARG]  run a macro without a screen; exit status 0 = success";
    }
}
