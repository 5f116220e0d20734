package dev.zhanggui.server.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/** Fires the same request from many threads at once: all wait at a starting gate, then go together. */
public final class ConcurrentRequests {
    private ConcurrentRequests() {
    }

    public static <T> List<T> fire(int times, Callable<T> request) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(times);
        try {
            CountDownLatch ready = new CountDownLatch(times);
            CountDownLatch gate = new CountDownLatch(1);
            List<Future<T>> answers = new ArrayList<>();
            for (int i = 0; i < times; i++) {
                answers.add(pool.submit(() -> {
                    ready.countDown();
                    gate.await();
                    return request.call();
                }));
            }
            ready.await();
            gate.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> answer : answers) {
                results.add(answer.get(2, TimeUnit.MINUTES));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
