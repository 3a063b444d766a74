package org.matinf.core.diffraction.ebsd;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import org.matinf.core.progress.CancelledException;
import org.matinf.core.progress.Futures;
import org.matinf.core.progress.ProgressListener;

/**
 * Runs independent work items 0 … n−1 on a few threads. Each item writes only its own part of
 * the result, so the result does not depend on the number of threads or their timing. Progress is
 * reported (serialised) after each item; a cancelled listener stops the work.
 */
final class ParallelWork {
    private ParallelWork() {
    }

    /** The default number of threads: the available processors. */
    /**
     * A thread count given by a caller, checked.
     *
     * @throws IllegalArgumentException unless at least 1
     */
    static int checkedThreads(int count) {
        if (count < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + count);
        }
        return count;
    }

    static int defaultThreads() {
        return Math.max(1, Runtime.getRuntime().availableProcessors());
    }

    /**
     * Runs {@code item} for 0 … count−1.
     *
     * @throws CancelledException if the listener says the user cancelled
     */
    static void run(int count, int threads, ProgressListener progress, String message, IntConsumer item) {
        AtomicInteger next = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        AtomicBoolean cancelled = new AtomicBoolean();
        Runnable worker = () -> {
            for (int i = next.getAndIncrement(); i < count && !cancelled.get(); i = next.getAndIncrement()) {
                if (progress.isCancelled()) {
                    cancelled.set(true);
                    return;
                }
                item.accept(i);
                int d = done.incrementAndGet();
                synchronized (progress) {
                    progress.progress(d, count, message);
                }
            }
        };
        int n = Math.max(1, Math.min(threads, count));
        if (n == 1) {
            worker.run();
        } else {
            ExecutorService pool = Executors.newFixedThreadPool(n, r -> {
                Thread t = new Thread(r, "matinf-kikuchi");
                t.setDaemon(true);
                return t;
            });
            try {
                List<Future<?>> futures = new ArrayList<>();
                for (int t = 0; t < n; t++) {
                    futures.add(pool.submit(worker));
                }
                for (Future<?> f : futures) {
                    Futures.join(f);
                }
            } catch (CancelledException ex) {
                cancelled.set(true);
            } finally {
                pool.shutdownNow();
            }
        }
        if (cancelled.get()) {
            throw new CancelledException();
        }
    }
}
