package org.matinf.fiji.launcher;

import ij.Executer;
import ij.Macro;
import ij.Prefs;
import ij.macro.Interpreter;
import ij.plugin.Macro_Runner;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.matinf.fiji.CommandFailure;

/**
 * Runs an ImageJ macro file without a screen and says whether it succeeded, which plain
 * {@code ImageJ -batch} does not (it always exits 0, and headless it cannot run any command).
 *
 * <p>A macro fails when it has a syntax or runtime error, when a command it runs reports an
 * error ({@code IJ.error}, as every MatInf command does on failure), or when anything throws.
 * {@code exit} / {@code exit("message")} end it normally.
 */
public final class BatchRunner {
    /** Exit status of a macro that ran to the end. */
    public static final int OK = 0;
    /** Exit status of a macro that failed. */
    public static final int FAILED = 1;

    private BatchRunner() {
    }

    /**
     * Runs a macro file headless with MatInf's commands installed.
     *
     * @param macroFile the .ijm file
     * @param argument what the macro's {@code getArgument()} returns; may be null
     * @param err where failures are described
     * @return {@link #OK} or {@link #FAILED}
     */
    public static int run(Path macroFile, String argument, PrintStream err) {
        String macro;
        try {
            macro = Files.readString(macroFile, StandardCharsets.UTF_8);
        } catch (IOException ex) {
            err.println("Cannot read the macro " + macroFile + ": " + ex.getMessage());
            return FAILED;
        }
        prepare();
        Macro_Runner.setFilePath(macroFile.toAbsolutePath().toString());
        int failuresBefore = CommandFailure.count();
        Interpreter interpreter = new Interpreter();
        boolean thrown = false;
        PrintStream previous = CommandFailure.printHeadlessTo(err);
        try {
            interpreter.run(macro, argument == null ? "" : argument);
        } catch (Throwable ex) {
            if (!Macro.MACRO_CANCELED.equals(ex.getMessage()) && !interpreter.wasError()) {
                err.println("Macro " + macroFile + " stopped by " + ex);
                ex.printStackTrace(err);
                thrown = true;
            }
        } finally {
            CommandFailure.printHeadlessTo(previous);
        }
        if (CommandFailure.count() > failuresBefore) {
            err.println("Macro " + macroFile + " failed: a command reported an error");
            return FAILED;
        }
        if (interpreter.wasError()) {
            err.println("Macro " + macroFile + " failed in line " + interpreter.getLineNumber() + ": "
                    + interpreter.getErrorMessage());
            return FAILED;
        }
        return thrown ? FAILED : OK;
    }

    /** Headless ImageJ with MatInf's commands: preferences loaded (as ImageJ -batch does) and the command table built. */
    static synchronized void prepare() {
        if (!prepared) {
            Prefs.load(null, null);
            Ij1Commands.install(MatInfCommands.discover());
            Executer.addCommandListener(BatchRunner::checkKnown);
            prepared = true;
        }
    }

    /**
     * Stops a macro that runs a command ImageJ does not know, with a plain message; ImageJ's own
     * handling would try to open an error dialog and print a HeadlessException.
     */
    private static String checkKnown(String command) {
        if (command != null && !Ij1Commands.commandTable().containsKey(command)) {
            CommandFailure.report("Macro", "unrecognized command: \"" + command + "\"");
            return null;
        }
        return command;
    }

    private static boolean prepared;
}
