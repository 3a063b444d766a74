package org.matinf.fiji;

import ij.IJ;
import ij.Macro;
import ij.macro.Interpreter;
import java.awt.GraphicsEnvironment;
import java.awt.HeadlessException;
import java.io.PrintStream;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Tells the user that a MatInf command failed, and makes a calling macro fail too.
 *
 * <p>The message goes through {@code IJ.error(title, message)}, ImageJ 1.x's own way for a plugin
 * to abort the macro that ran it: while a macro's {@code run(...)} is executing, {@code IJ.error}
 * hands the message to the macro interpreter, which marks the macro as failed and stops it after
 * the command returns. Without a macro it is an ordinary error dialog. Headless there is no
 * dialog, so the message is also printed to standard error. Nothing is thrown back into
 * ImageJ or Fiji.
 */
public final class CommandFailure {
    private static final AtomicInteger COUNT = new AtomicInteger();
    private static volatile PrintStream headlessOutput = System.err;

    private CommandFailure() {
    }

    /** Reports a failure of the command {@code title} (a menu label) with a message for the user. */
    public static void report(String title, String message) {
        COUNT.incrementAndGet();
        if (GraphicsEnvironment.isHeadless()) {
            Interpreter macro = Interpreter.getInstance();
            String where = macro == null ? "" : " (macro line " + macro.getLineNumber() + ")";
            headlessOutput.println(title + " failed" + where + ": " + message);
        }
        try {
            IJ.error(title, message);
        } catch (HeadlessException ex) {
            // the macro interpreter tried to show its error dialog; it has already stopped the macro
        } catch (RuntimeException ex) {
            if (!Macro.MACRO_CANCELED.equals(ex.getMessage())) {
                throw ex;
            }
            // "Macro canceled" only unwinds the stack; the interpreter has already stopped the macro
        }
    }

    /**
     * Where failures are printed when there is no screen (standard error unless changed).
     *
     * @return the previous stream
     */
    public static PrintStream printHeadlessTo(PrintStream out) {
        PrintStream old = headlessOutput;
        headlessOutput = out;
        return old;
    }

    /** How many failures were reported since the JVM started; the launcher's exit status uses it. */
    public static int count() {
        return COUNT.get();
    }
}
