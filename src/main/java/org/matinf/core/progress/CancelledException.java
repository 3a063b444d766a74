package org.matinf.core.progress;

/** Thrown by core code when its {@link ProgressListener} says the user cancelled. */
public class CancelledException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public CancelledException() {
        super("Cancelled by the user");
    }
}
