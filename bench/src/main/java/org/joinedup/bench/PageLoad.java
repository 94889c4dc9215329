package org.joinedup.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Closed-loop page load: each client is a thread with its own HTTP client that asks for a page, waits for the
 * whole body, and asks again at once, until the deadline. Every request goes to loopback only. A request
 * goes to {@code path?area=CODE} with the code drawn at random, per request, from a list, so the pages vary.
 */
final class PageLoad {
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(60);

    /** The measured outcome of one run. */
    record Result(
            String path,
            int clients,
            double seconds,
            long requests,
            long errors,
            String firstError,
            long bytes,
            long[] sortedNanos) {
        double pagesPerSecond() {
            return (requests - errors) / seconds;
        }

        double percentileMillis(double p) {
            if (sortedNanos.length == 0) {
                return Double.NaN;
            }
            int i = (int) Math.ceil(p / 100.0 * sortedNanos.length) - 1;
            return sortedNanos[Math.max(0, Math.min(sortedNanos.length - 1, i))] / 1e6;
        }

        double maxMillis() {
            return sortedNanos.length == 0 ? Double.NaN : sortedNanos[sortedNanos.length - 1] / 1e6;
        }

        double kilobytesPerPage() {
            return requests == errors ? 0 : bytes / 1024.0 / (requests - errors);
        }
    }

    private final String base;
    private final List<String> areaCodes;
    private final boolean gzip;

    PageLoad(int port, List<String> areaCodes, boolean gzip) {
        this.base = "http://127.0.0.1:" + port;
        this.areaCodes = List.copyOf(areaCodes);
        this.gzip = gzip;
    }

    /** Runs {@code clients} clients against a path for a time; returns what they measured. */
    Result run(String path, int clients, Duration duration) throws InterruptedException {
        long deadline = System.nanoTime() + duration.toNanos();
        Client[] workers = new Client[clients];
        Thread[] threads = new Thread[clients];
        long started = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            workers[c] = new Client(path, new SplittableRandom(31L * c + path.hashCode()), deadline);
            threads[c] = new Thread(workers[c], "client-" + c);
            threads[c].start();
        }
        for (Thread t : threads) {
            t.join();
        }
        double seconds = ImportBenchmark.seconds(started);
        long requests = 0;
        long errors = 0;
        long bytes = 0;
        String firstError = null;
        int n = 0;
        for (Client w : workers) {
            requests += w.requests;
            errors += w.errors;
            bytes += w.bytes;
            n += w.count;
            if (firstError == null) {
                firstError = w.firstError.get();
            }
        }
        long[] all = new long[n];
        int at = 0;
        for (Client w : workers) {
            System.arraycopy(w.nanos, 0, all, at, w.count);
            at += w.count;
        }
        Arrays.sort(all);
        return new Result(path, clients, seconds, requests, errors, firstError, bytes, all);
    }

    private final class Client implements Runnable {
        private final String path;
        private final SplittableRandom random;
        private final long deadline;
        private final HttpClient http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
        private long[] nanos = new long[1024];
        private int count;
        private long requests;
        private long errors;
        private long bytes;
        private final AtomicReference<String> firstError = new AtomicReference<>();

        Client(String path, SplittableRandom random, long deadline) {
            this.path = path;
            this.random = random;
            this.deadline = deadline;
        }

        @Override
        public void run() {
            while (System.nanoTime() < deadline) {
                String code = areaCodes.get(random.nextInt(areaCodes.size()));
                String uri = base + path + (path.contains("?") ? "&" : "?") + "area=" + code;
                HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(uri))
                        .timeout(REQUEST_TIMEOUT)
                        .GET();
                if (gzip) {
                    request.header("Accept-Encoding", "gzip");
                }
                long t = System.nanoTime();
                requests++;
                try {
                    HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
                    long elapsed = System.nanoTime() - t;
                    if (response.statusCode() != 200) {
                        error("HTTP " + response.statusCode() + " for " + uri);
                    } else {
                        bytes += response.body().length;
                    }
                    record(elapsed);
                } catch (java.io.IOException e) {
                    record(System.nanoTime() - t);
                    error(e + " for " + uri);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }

        private void error(String message) {
            errors++;
            firstError.compareAndSet(null, message);
        }

        private void record(long elapsed) {
            if (count == nanos.length) {
                nanos = Arrays.copyOf(nanos, count * 2);
            }
            nanos[count++] = elapsed;
        }
    }

    /** The area codes the clients pick from: every ICB, practice and local authority, in equal thirds. */
    static List<String> mixedAreas(NationalWorkload workload, BulkLoader codes) {
        List<String> icbs = new ArrayList<>();
        List<String> practices = new ArrayList<>();
        List<String> councils = new ArrayList<>();
        for (int a = 0; a < workload.areaCount(); a++) {
            switch (workload.type(a)) {
                case ICB -> icbs.add(codes.code(a));
                case GP_PRACTICE -> practices.add(codes.code(a));
                case UTLA -> councils.add(codes.code(a));
                default -> {}
            }
        }
        // Equal thirds by type: repeat the smaller lists up to the practices' length.
        List<String> mixed = new ArrayList<>();
        for (int i = 0; i < practices.size(); i++) {
            mixed.add(icbs.get(i % icbs.size()));
            mixed.add(practices.get(i));
            mixed.add(councils.get(i % councils.size()));
        }
        return mixed;
    }
}
