package vn.edu.ecenter.support;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/** Starts pieces of work at the same moment, one thread each, and returns what each gave, in the order given. */
public final class Race {

    private Race() {}

    public static <T> List<T> of(List<Callable<T>> work) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(work.size());
        try {
            List<Future<T>> outcomes = new ArrayList<>();
            for (Callable<T> piece : work) {
                outcomes.add(pool.submit(() -> {
                    start.await();
                    return piece.call();
                }));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> outcome : outcomes) {
                results.add(outcome.get(30, TimeUnit.SECONDS));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
