package de.ssg.lotsenkontor.common;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Independent pieces of work (reads on their own database connections) at the same time: the
 * first runs on the calling thread, the others on short-lived daemon threads. On two cores the
 * figures of a report that need several aggregate passes take about half the time.
 */
public final class Parallel {

    private static final AtomicInteger THREADS = new AtomicInteger();
    private static final ExecutorService EXECUTOR = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "lotsenkontor-parallel-" + THREADS.incrementAndGet());
        t.setDaemon(true);
        return t;
    });

    private Parallel() {
    }

    /** The results of {@code works}, in their order; the first failure is thrown once all have ended. */
    public static <T> List<T> all(List<Supplier<? extends T>> works) {
        List<CompletableFuture<? extends T>> others = new ArrayList<>();
        for (int i = 1; i < works.size(); i++) {
            others.add(CompletableFuture.supplyAsync(works.get(i), EXECUTOR));
        }
        List<T> results = new ArrayList<>();
        RuntimeException failure = null;
        try {
            results.add(works.get(0).get());
        } catch (RuntimeException e) {
            failure = e;
        }
        for (CompletableFuture<? extends T> f : others) {
            try {
                results.add(f.join());
            } catch (CompletionException e) {
                if (failure == null) {
                    failure = e.getCause() instanceof RuntimeException r ? r : e;
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
        return results;
    }
}
