package org.matinf.fiji;

import ij.IJ;
import org.matinf.core.progress.ProgressListener;
import org.scijava.app.StatusService;

/**
 * Shows core progress in Fiji's or ImageJ's status bar and lets the user stop long work with the
 * Esc key. With a SciJava {@link StatusService} (in Fiji) the progress goes there; without one
 * (plain ImageJ 1.x, where MatInf's launcher runs commands without a SciJava context) it goes to
 * {@code IJ.showStatus} / {@code IJ.showProgress}. Updates are limited to ten a second.
 */
public final class ImageJProgress implements ProgressListener {
    private static final long MIN_INTERVAL_NANOS = 100_000_000L;

    private final StatusService status;
    private long lastUpdate = Long.MIN_VALUE;

    /** @param status Fiji's status service, or null to use ImageJ 1.x's status bar */
    public ImageJProgress(StatusService status) {
        this.status = status;
        IJ.resetEscape();
    }

    @Override
    public void progress(long done, long total, String message) {
        long now = System.nanoTime();
        boolean finished = done >= total;
        if (!finished && lastUpdate != Long.MIN_VALUE && now - lastUpdate < MIN_INTERVAL_NANOS) {
            return;
        }
        lastUpdate = now;
        int[] scaled = toInts(done, total);
        String text = message == null ? "" : message;
        if (status != null) {
            if (finished) {
                status.clearStatus();
            } else {
                status.showStatus(scaled[0], scaled[1], text);
            }
        } else {
            IJ.showStatus(finished ? "" : text);
            IJ.showProgress(scaled[0], scaled[1]);
        }
    }

    @Override
    public boolean isCancelled() {
        return IJ.escapePressed();
    }

    /** done and total scaled to fit an int, keeping their ratio; total at least 1. */
    static int[] toInts(long done, long total) {
        long t = Math.max(1, total);
        long d = Math.max(0, Math.min(done, t));
        long shift = 0;
        while ((t >> shift) > Integer.MAX_VALUE) {
            shift++;
        }
        return new int[] {(int) (d >> shift), (int) Math.max(1, t >> shift)};
    }
}
