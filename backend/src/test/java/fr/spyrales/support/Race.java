package fr.spyrales.support;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

/**
 * Runs calls at the same instant, one thread each: every thread waits on one barrier until all are
 * ready, so the calls really overlap instead of running one after the other as threads come up.
 */
public final class Race {
    private static final long TIMEOUT_SECONDS = 60;

    private Race() {}

    /** The same call, {@code racers} times at once; the answers in no particular order. */
    public static <T> List<T> of(int racers, Callable<T> call) throws Exception {
        return of(IntStream.range(0, racers).<Callable<T>>mapToObj(i -> call).toList());
    }

    /** These calls at once; the answers in the order of the calls. */
    public static <T> List<T> of(List<Callable<T>> calls) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(calls.size());
        CyclicBarrier start = new CyclicBarrier(calls.size());
        try {
            List<Future<T>> answers = new ArrayList<>();
            for (Callable<T> call : calls) {
                answers.add(pool.submit(() -> {
                    start.await(TIMEOUT_SECONDS, TimeUnit.SECONDS);
                    return call.call();
                }));
            }
            List<T> results = new ArrayList<>();
            for (Future<T> answer : answers) {
                results.add(answer.get(TIMEOUT_SECONDS, TimeUnit.SECONDS));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
