package org.matinf.core.progress;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/** Waiting for work handed to other threads, with its failures passed on as they were thrown. */
public final class Futures {
    private Futures() {
    }

    /**
     * The result of {@code future}. A RuntimeException or Error thrown by the work is rethrown
     * unchanged; another exception is wrapped in an IllegalStateException. An interrupted wait
     * restores the interrupt flag and throws {@link CancelledException}.
     */
    public static <T> T join(Future<T> future) {
        try {
            return future.get();
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new CancelledException();
        } catch (ExecutionException ex) {
            Throwable cause = ex.getCause();
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error e) {
                throw e;
            }
            throw new IllegalStateException(cause);
        }
    }
}
