package org.matinf.fiji;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import org.matinf.core.InputException;
import org.matinf.core.progress.CancelledException;
import org.matinf.core.progress.ProgressListener;
import org.scijava.app.StatusService;
import org.scijava.command.Command;
import org.scijava.plugin.Parameter;

/**
 * Base of MatInf's commands. {@link #run()} calls {@link #execute()} and turns every failure into
 * a message naming the file and line (see {@link CommandFailure}); no exception escapes into
 * Fiji or ImageJ. The command's name in messages is the last part of its menu path.
 */
public abstract class MatInfCommand implements Command {

    /** Fiji's status bar; null when run by MatInf's ImageJ 1.x launcher. */
    @Parameter(required = false)
    protected StatusService status;

    /**
     * Does the command's work; may throw an {@link InputException} (structure or pattern file),
     * {@link IOException} etc.
     */
    protected abstract void execute() throws IOException;

    @Override
    public final void run() {
        try {
            execute();
        } catch (InputException | IllegalArgumentException ex) {
            CommandFailure.report(title(), ex.getMessage());
        } catch (IOException ex) {
            CommandFailure.report(title(), "cannot write the file: " + ex);
        } catch (CancelledException ex) {
            CommandFailure.report(title(), "cancelled");
        } catch (RuntimeException ex) {
            ex.printStackTrace();
            CommandFailure.report(title(), "unexpected error: " + ex);
        }
    }

    /** The command's menu label, e.g. "Structure Info". */
    public final String title() {
        return MatInfMenus.label(getClass());
    }

    /** A progress listener for core work, showing in the status bar; Esc cancels. */
    protected ProgressListener progress() {
        return new ImageJProgress(status);
    }

    /** The path of a required file parameter; a clear message when it is missing. */
    protected static Path required(File file, String name) {
        if (file == null || file.getPath().isBlank()) {
            throw new IllegalArgumentException("no " + name + " given (macro: " + name + "=[path])");
        }
        return file.toPath();
    }
}
