package org.matinf.core.progress;

/**
 * How core code reports progress and learns that the user asked to stop. Core never talks to a UI;
 * the Fiji layer passes a bridge that forwards to StatusService / {@code IJ.showProgress}.
 */
public interface ProgressListener {

    /** A listener that ignores progress and never cancels. */
    ProgressListener NONE = new ProgressListener() {
        @Override
        public void progress(long done, long total, String message) {
        }
    };

    /** Reports that {@code done} of {@code total} units of work are finished. */
    void progress(long done, long total, String message);

    /** True when the user asked to stop; long loops call {@link #checkCancelled()}. */
    default boolean isCancelled() {
        return false;
    }

    /** Throws {@link CancelledException} when the user asked to stop. */
    default void checkCancelled() {
        if (isCancelled()) {
            throw new CancelledException();
        }
    }
}
