package org.welcomingcity.load;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One endpoint under load: a fixed number of requests shared by a few threads, cut short at a
 * deadline, every latency recorded. A request that is not answered 200 counts as failed.
 */
record LoadPhase(String endpoint, int completed, int failed, long elapsedNanos, long[] latencyNanos) {

    static LoadPhase run(String endpoint, HttpClient http, HttpRequest request, int requests, Duration limit,
            int threads) throws InterruptedException {
        AtomicInteger next = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        long[] latencies = new long[requests];
        long start = System.nanoTime();
        long deadline = start + limit.toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        for (int t = 0; t < threads; t++) {
            pool.execute(() -> {
                for (int i = next.getAndIncrement(); i < requests && System.nanoTime() < deadline; i = next.getAndIncrement()) {
                    long sent = System.nanoTime();
                    if (!ok(http, request)) {
                        failed.incrementAndGet();
                    }
                    latencies[i] = System.nanoTime() - sent;
                }
            });
        }
        pool.shutdown();
        if (!pool.awaitTermination(limit.toSeconds() + 60, TimeUnit.SECONDS)) {
            pool.shutdownNow();
            throw new IllegalStateException(endpoint + ": requests still running a minute after the deadline");
        }
        long elapsed = System.nanoTime() - start;
        long[] done = Arrays.stream(latencies).filter(nanos -> nanos > 0).sorted().toArray();
        return new LoadPhase(endpoint, done.length, failed.get(), elapsed, done);
    }

    private static boolean ok(HttpClient http, HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    double throughput() {
        return completed / (elapsedNanos / 1e9);
    }

    /** Latency in milliseconds at the given percentile (nearest rank). */
    double percentileMillis(double percentile) {
        if (latencyNanos.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(percentile / 100 * latencyNanos.length);
        return latencyNanos[Math.max(rank, 1) - 1] / 1e6;
    }

    /** Several phases of one endpoint as one: their requests and their time added up. */
    static LoadPhase combined(String endpoint, LoadPhase... phases) {
        long[] all = Arrays.stream(phases).flatMapToLong(phase -> Arrays.stream(phase.latencyNanos)).sorted().toArray();
        return new LoadPhase(endpoint, all.length, Arrays.stream(phases).mapToInt(LoadPhase::failed).sum(),
                Arrays.stream(phases).mapToLong(LoadPhase::elapsedNanos).sum(), all);
    }
}
