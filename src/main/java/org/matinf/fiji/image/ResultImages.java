package org.matinf.fiji.image;

import ij.ImagePlus;
import ij.WindowManager;
import ij.macro.Interpreter;
import java.util.Map;

/**
 * Shows a command's result image so that the macro that ran the command continues with it, as
 * with ImageJ's own commands: after {@code run("Simulate EBSD Pattern", ...)} the next
 * {@code getTitle()} or {@code saveAs(...)} works on the new pattern.
 *
 * <p>MatInf's launcher runs commands in the macro's thread, where {@code ImagePlus.show()} is
 * enough. Fiji's imagej-legacy runs them in a SciJava thread while the macro's thread waits; in
 * batch mode ImageJ keeps the current image per thread, so the image would become current only
 * in the command's thread. The macro threads are found by their stacks (a frame of ImageJ's macro
 * interpreter) and given the image as their current one.
 */
public final class ResultImages {
    private ResultImages() {
    }

    /** Shows the image and makes it the current image of every waiting macro. */
    public static void show(ImagePlus imp) {
        imp.show();
        if (!Interpreter.isBatchMode()) {
            return;
        }
        Thread self = Thread.currentThread();
        for (Map.Entry<Thread, StackTraceElement[]> e : Thread.getAllStackTraces().entrySet()) {
            if (e.getKey() != self && runsMacro(e.getValue())) {
                WindowManager.setTempCurrentImage(e.getKey(), imp);
            }
        }
    }

    private static boolean runsMacro(StackTraceElement[] stack) {
        for (StackTraceElement frame : stack) {
            if (frame.getClassName().startsWith("ij.macro.Interpreter")) {
                return true;
            }
        }
        return false;
    }
}
