// The load generator of bench/gradebook.sh: "300 teachers saving scores at the same time" (issue 4). A single-file
// program (java bench/GradebookRush.java …), JDK classes only.
//
//   java bench/GradebookRush.java BASE_URL PLAN_FILE PASSWORD CLIENTS WARM_UP_S DURATION_S PAUSE_MS OUT_DIR
//
// PLAN_FILE has one sheet per line, "username|classId|subjectId|semester": the teacher assigned to that class and
// subject. Each client owns one sheet and signs in with its teacher's bearer token (tokens are shared by the clients
// of the same teacher). It reads its sheet (GET) and takes the first ĐĐGtx of its first five learners.
//
// With RUSH_MODE=spread in the environment, instead of waves each client saves on its own, after a pause drawn from 0 to
// 2 × PAUSE_MS (teachers typing in their own sheets), for WARM_UP_S + DURATION_S.
//
// Otherwise, in waves: every client sends one PUT at the same moment (a latch opens them together), saving 1 to 5 of its
// cells (the number drawn at random), each cell to the value it does not hold (7 or 8) with the version it last saw,
// so that every cell of every successful save changes. A wave ends when every client has its answer; the next starts
// PAUSE_MS later. Waves during WARM_UP_S are not timed, then waves run for DURATION_S more.
//
// Writes to OUT_DIR: rush-ready once set up (2 s before the first wave, for profilers), rush-latencies.txt (every timed request: milliseconds and status), rush-expected.csv (classId,
// subjectId, semester, learnerId, the value each cell must hold at the end) and prints a summary, including the number of cells
// the server reported changed, which the script compares with the rows in the database.
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

public class GradebookRush {

    static final Pattern TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");
    static final Pattern LEARNER_TX1 = Pattern.compile(
            "\"learnerId\":\"([0-9a-f-]{36})\".*?\"TX\":\\[\\{\"index\":1,\"value\":(null|\"[^\"]*\"),\"version\":(\\d+)",
            Pattern.DOTALL);
    static final Pattern CHANGED = Pattern.compile("\"changed\":(\\d+)");
    static final int CELLS = 5;

    record Result(long nanos, int status, int cells, int changed, boolean timed) {}

    static final class Client {
        final String token;
        final String classId;
        final String subjectId;
        final String semester;
        final String[] learners = new String[CELLS];
        final String[] values = new String[CELLS]; // "7" or "8" once written by us; the demo's value before
        final int[] versions = new int[CELLS];
        final SplittableRandom random;

        Client(String token, String classId, String subjectId, String semester, long seed) {
            this.token = token;
            this.classId = classId;
            this.subjectId = subjectId;
            this.semester = semester;
            this.random = new SplittableRandom(seed);
        }

        String path() {
            return "/api/v1/gradebook/classes/" + classId + "/subjects/" + subjectId + "/semesters/" + semester;
        }
    }

    public static void main(String[] args) throws Exception {
        String base = args[0];
        List<String> plan = Files.readAllLines(Path.of(args[1]));
        String password = args[2];
        int clients = Integer.parseInt(args[3]);
        long warmUp = Long.parseLong(args[4]) * 1_000_000_000L;
        long duration = Long.parseLong(args[5]) * 1_000_000_000L;
        long pauseMs = Long.parseLong(args[6]);
        Path out = Path.of(args[7]);
        HttpClient http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10))
                .executor(Executors.newVirtualThreadPerTaskExecutor())
                .build();

        // Sheets in plan order, skipping those that cannot take the load (fewer than five learners, graded by
        // comments, locked), until every client has one; tokens one per teacher.
        Map<String, String> tokens = new HashMap<>();
        List<Client> all = new ArrayList<>();
        int skipped = 0;
        for (int i = 0; i < plan.size() && all.size() < clients; i++) {
            String[] line = plan.get(i).split("\\|");
            String token = tokens.get(line[0]);
            if (token == null) {
                var answer = http.send(
                        HttpRequest.newBuilder(URI.create(base + "/api/v1/auth/token"))
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(
                                        "{\"username\":\"" + line[0] + "\",\"password\":\"" + password + "\"}"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                Matcher m = TOKEN.matcher(answer.body());
                if (answer.statusCode() != 200 || !m.find()) {
                    throw new IllegalStateException("no token for " + line[0] + ": " + answer.statusCode());
                }
                token = m.group(1);
                tokens.put(line[0], token);
            }
            Client c = new Client(token, line[1], line[2], line[3], 2026L * 1000 + i);
            var answer = http.send(
                    HttpRequest.newBuilder(URI.create(base + c.path()))
                            .header("Authorization", "Bearer " + c.token)
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            String body = answer.body();
            if (answer.statusCode() != 200) {
                throw new IllegalStateException("sheet " + c.path() + ": " + answer.statusCode() + " " + body);
            }
            Matcher m = LEARNER_TX1.matcher(body);
            boolean suitable = body.contains("\"grading\":\"SCORES\"") && body.contains("\"locked\":false");
            for (int j = 0; j < CELLS && suitable; j++) {
                if (!m.find()) {
                    suitable = false;
                    break;
                }
                c.learners[j] = m.group(1);
                // "7,0" and "8,0" as we write them ("7" and "8"): the next write then changes the cell
                c.values[j] = m.group(2).equals("null") ? null : m.group(2).replace("\"", "").replace(",0", "");
                c.versions[j] = Integer.parseInt(m.group(3));
            }
            if (suitable) {
                all.add(c);
            } else {
                skipped++;
            }
        }
        if (all.size() < clients) {
            throw new IllegalStateException("only " + all.size() + " suitable sheets in the plan, " + clients + " needed");
        }
        System.out.printf("(%d sheets skipped: fewer than %d learners, comments or locked)%n", skipped, CELLS);
        System.out.printf("%d clients on %d sheets with %d teachers' tokens%n", clients, all.size(), tokens.size());

        Files.writeString(out.resolve("rush-ready"), "");
        Thread.sleep(2_000);
        var results = new ConcurrentLinkedQueue<Result>();
        AtomicLong exceptions = new AtomicLong();
        var threads = Executors.newVirtualThreadPerTaskExecutor();
        long start = System.nanoTime();
        long timedFrom = start + warmUp;
        long end = timedFrom + duration;
        int waves = 0;
        int timedWaves = 0;
        List<Long> waveMillis = new ArrayList<>();
        boolean spread = "spread".equals(System.getenv("RUSH_MODE"));
        if (spread) {
            // Each client saves on its own, after a pause drawn uniformly from 0 to 2 × PAUSE_MS (its mean), as
            // teachers typing in their own sheets do: N clients send N ÷ PAUSE_MS saves a second on average.
            List<java.util.concurrent.Future<?>> running = new ArrayList<>();
            for (Client c : all) {
                running.add(threads.submit(() -> {
                    while (true) {
                        long pause;
                        synchronized (c) {
                            pause = (long) (c.random.nextDouble() * 2 * pauseMs);
                        }
                        Thread.sleep(pause);
                        long now = System.nanoTime();
                        if (now >= end) {
                            return null;
                        }
                        try {
                            results.add(save(http, base, c, now >= timedFrom));
                        } catch (Exception e) {
                            exceptions.incrementAndGet();
                            results.add(new Result(0, -1, 0, 0, now >= timedFrom));
                        }
                    }
                }));
            }
            for (var r : running) {
                r.get();
            }
            waveMillis.add(duration / 1_000_000);
        }
        while (!spread && System.nanoTime() < end) {
            boolean timed = System.nanoTime() >= timedFrom;
            CountDownLatch go = new CountDownLatch(1);
            CountDownLatch done = new CountDownLatch(all.size());
            for (Client c : all) {
                threads.submit(() -> {
                    try {
                        go.await();
                        results.add(save(http, base, c, timed));
                    } catch (Exception e) {
                        exceptions.incrementAndGet();
                        results.add(new Result(0, -1, 0, 0, timed));
                    } finally {
                        done.countDown();
                    }
                });
            }
            long waveStart = System.nanoTime();
            go.countDown();
            done.await();
            waves++;
            if (timed) {
                timedWaves++;
                waveMillis.add((System.nanoTime() - waveStart) / 1_000_000);
            }
            Thread.sleep(pauseMs);
        }
        threads.close();

        List<Result> timedResults = results.stream().filter(Result::timed).toList();
        long[] millis = timedResults.stream().mapToLong(Result::nanos).sorted().toArray();
        long ok = results.stream().filter(r -> r.status() == 200).count();
        long errors = results.size() - ok;
        long timedErrors = timedResults.stream().filter(r -> r.status() != 200).count();
        long cellsSaved = results.stream().filter(r -> r.status() == 200).mapToLong(Result::cells).sum();
        long cellsChanged = results.stream().filter(r -> r.status() == 200).mapToLong(Result::changed).sum();
        Map<Integer, Long> statuses = new HashMap<>();
        results.forEach(r -> statuses.merge(r.status(), 1L, Long::sum));

        StringBuilder latencies = new StringBuilder("milliseconds status\n");
        for (Result r : timedResults) {
            latencies.append(String.format("%.3f %d%n", r.nanos() / 1e6, r.status()));
        }
        Files.writeString(out.resolve("rush-latencies.txt"), latencies);
        StringBuilder expected = new StringBuilder();
        for (Client c : all) {
            for (int j = 0; j < CELLS; j++) {
                if (c.values[j] != null && (c.values[j].equals("7") || c.values[j].equals("8"))) {
                    expected.append(c.classId).append(',').append(c.subjectId).append(',').append(c.semester)
                            .append(',').append(c.learners[j])
                            .append(',').append(c.values[j]).append('\n');
                }
            }
        }
        Files.writeString(out.resolve("rush-expected.csv"), expected);

        long[] waveSorted = waveMillis.stream().mapToLong(Long::longValue).sorted().toArray();
        if (spread) {
            System.out.printf("spread: %d clients each saving after a pause of 0 to %d ms (mean %d ms)%n",
                    all.size(), 2 * pauseMs, pauseMs);
        } else {
            System.out.printf("waves=%d (timed %d, %d clients each, pause %d ms between waves)%n", waves, timedWaves,
                    all.size(), pauseMs);
        }
        System.out.printf("timed requests=%d errors=%d%n", millis.length, timedErrors);
        System.out.printf("latency p50=%.1f ms p90=%.1f ms p95=%.1f ms p99=%.1f ms max=%.1f ms%n",
                at(millis, 0.50), at(millis, 0.90), at(millis, 0.95), at(millis, 0.99), at(millis, 1.0));
        if (spread) {
            System.out.printf("saves per second (timed part) %.0f%n", millis.length * 1e9 / duration);
        } else {
            System.out.printf(
                    "wave duration (all %d answered) median=%d ms max=%d ms; throughput in a wave %.0f saves/s%n",
                    all.size(), waveSorted[waveSorted.length / 2], waveSorted[waveSorted.length - 1],
                    all.size() * 1000.0 / waveSorted[waveSorted.length / 2]);
        }
        System.out.printf("all requests (warm-up included)=%d ok=%d errors=%d statuses=%s exceptions=%d%n",
                results.size(), ok, errors, statuses, exceptions.get());
        System.out.printf("cells in successful saves=%d cells reported changed=%d expected final cells=%d%n",
                cellsSaved, cellsChanged, expected.toString().lines().count());
        System.out.printf("RESULT p50=%.1f p99=%.1f errors=%d saves=%d changed=%d%n",
                at(millis, 0.50), at(millis, 0.99), errors, ok, cellsChanged);
    }

    static Result save(HttpClient http, String base, Client c, boolean timed) throws Exception {
        int k;
        String[] next = new String[CELLS];
        StringBuilder json = new StringBuilder("[");
        synchronized (c) {
            k = 1 + c.random.nextInt(CELLS);
            for (int j = 0; j < k; j++) {
                next[j] = "7".equals(c.values[j]) ? "8" : "7";
                if (j > 0) {
                    json.append(',');
                }
                json.append("{\"learnerId\":\"").append(c.learners[j]).append("\",\"kind\":\"TX\",\"index\":1,")
                        .append("\"value\":\"").append(next[j]).append("\",\"version\":").append(c.versions[j])
                        .append('}');
            }
        }
        json.append(']');
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + c.path()))
                .header("Authorization", "Bearer " + c.token)
                .header("Content-Type", "application/json")
                .timeout(Duration.ofSeconds(120))
                .PUT(HttpRequest.BodyPublishers.ofString(json.toString()))
                .build();
        long started = System.nanoTime();
        HttpResponse<String> answer = http.send(request, HttpResponse.BodyHandlers.ofString());
        long nanos = System.nanoTime() - started;
        int changed = 0;
        if (answer.statusCode() == 200) {
            Matcher m = CHANGED.matcher(answer.body());
            changed = m.find() ? Integer.parseInt(m.group(1)) : -1;
            synchronized (c) {
                for (int j = 0; j < k; j++) {
                    c.values[j] = next[j];
                    c.versions[j]++;
                }
            }
        } else {
            System.err.println(answer.statusCode() + " " + c.path() + ": " + answer.body());
        }
        return new Result(nanos, answer.statusCode(), k, changed, timed);
    }

    static double at(long[] sortedNanos, double quantile) {
        if (sortedNanos.length == 0) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(quantile * sortedNanos.length) - 1;
        return sortedNanos[Math.max(0, Math.min(sortedNanos.length - 1, index))] / 1e6;
    }
}
