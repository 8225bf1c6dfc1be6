// The load generator of bench/assessment.sh and bench/assessment-kill.sh: "1,000 learners open the same 40-question
// test within 10 s, then each saves 40 answers over about 5 minutes and submits" (issue 6). A single-file program
// (java bench/TestRush.java …), JDK classes only, one virtual thread per learner.
//
//   java bench/TestRush.java BASE_URL PLAN_FILE PASSWORD OUT_DIR
//
// PLAN_FILE has one learner per line, "username|testId": the learner's code (their username) and the test set for
// their class. Settings from the environment (defaults in brackets):
//   LEARNERS [1000]         learners taken from the plan, in its order
//   START_WINDOW [10]       seconds over which the learners start their attempts, spread uniformly
//   DURATION [300]          seconds over which each learner's saves are spread, from the moment their paper arrived
//   QUESTIONS [40]          questions answered per learner (the paper's first QUESTIONS)
//   CHANGE_SHARE [0.15]     share of the questions whose answer the learner changes twice later (two more saves)
//   TOKEN_CONCURRENCY [4]   sign-ins at a time before the rush (each checks a password hash: CPU-bound)
//   RETRY_FOR [600]         seconds a request whose connection failed, or that got a 5xx, is retried (1 s apart)
//                           before the learner gives up on it; 4xx answers are never retried
//   KILL_AT [0]             when > 0: once that share of the planned saves is confirmed, OUT_DIR/kill-point is
//                           written (bench/assessment-kill.sh then kills the application with kill -9)
//   SEED [2026]             the random choices (start moments, options, times of the saves)
//
// Learners sign in (POST /api/v1/auth/token) before the rush, TOKEN_CONCURRENCY at a time, as they would when the
// teacher tells them to open the test; then OUT_DIR/rush-ready is written and the rush begins 1 s later. Each learner:
// POST /api/v1/assessment/tests/{test}/attempts at a uniform random moment of the start window (their paper: attempt
// id, questions, option ids A, B, C…); then their saves, PUT /attempts/{id}/answers/{question} {"selected": ["X"]},
// at uniform random moments of the DURATION after their paper arrived, one after the other (a save is sent once the
// previous one is answered, as the learner's phone does): a random option for each of the first QUESTIONS questions in
// paper order, and for CHANGE_SHARE of them two later saves each with another option; then POST /attempts/{id}/submit.
//
// Every try of every request is recorded (kind, milliseconds, status; status 0 when no answer came: connection
// refused or reset). A try that failed without an answer or with a 5xx is retried; it is counted as an error and is
// never counted as confirmed. Only a 204 confirms a save.
//
// Writes to OUT_DIR:
//   testrush-confirmed.csv  every confirmed save, in the order of confirmation: seq, epoch milliseconds when the 204
//                           arrived, attempt id, question id, option sent. Per (attempt, question) the row with the
//                           highest seq is what the database must hold at the end.
//   testrush-attempts.csv   learner code, attempt id, "submitted" or "not-submitted" (as the client saw it)
//   testrush-requests.txt   every try: kind, epoch milliseconds at its start, milliseconds taken, status
// and prints a summary: percentiles per kind and overall, errors by kind and status, the counts the script checks.
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

public class TestRush {

    static final Pattern TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");
    static final Pattern ATTEMPT = Pattern.compile("\"attemptId\"\\s*:\\s*\"([0-9a-f-]{36})\"");
    static final Pattern QUESTION = Pattern.compile(
            "\"questionId\"\\s*:\\s*\"([0-9a-f-]{36})\".*?\"options\"\\s*:\\s*\\[(.*?)\\]", Pattern.DOTALL);
    static final Pattern OPTION_ID = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"");

    static final String[] KINDS = {"token", "start", "save", "submit"};

    record Try(String kind, long startedAtMillis, long nanos, int status) {}

    record Confirmed(long seq, long atMillis, String attemptId, String questionId, String option) {}

    record Question(String id, List<String> options) {}

    record Save(long atNanos, int question) {}

    static String base;
    static HttpClient http;
    static long retryForNanos;
    static final ConcurrentLinkedQueue<Try> TRIES = new ConcurrentLinkedQueue<>();
    static final ConcurrentLinkedQueue<Confirmed> CONFIRMED = new ConcurrentLinkedQueue<>();
    static final AtomicLong SEQ = new AtomicLong();

    public static void main(String[] args) throws Exception {
        base = args[0];
        List<String> plan = Files.readAllLines(Path.of(args[1])).stream()
                .filter(l -> !l.isBlank())
                .toList();
        String password = args[2];
        Path out = Path.of(args[3]);
        int learners = intEnv("LEARNERS", 1000);
        double startWindow = doubleEnv("START_WINDOW", 10);
        double duration = doubleEnv("DURATION", 300);
        int questions = intEnv("QUESTIONS", 40);
        double changeShare = doubleEnv("CHANGE_SHARE", 0.15);
        int tokenConcurrency = intEnv("TOKEN_CONCURRENCY", 4);
        retryForNanos = (long) (doubleEnv("RETRY_FOR", 600) * 1e9);
        double killAt = doubleEnv("KILL_AT", 0);
        long seed = intEnv("SEED", 2026);
        if (plan.size() < learners) {
            throw new IllegalStateException("the plan has " + plan.size() + " learners, " + learners + " needed");
        }
        // Idle connections are dropped by the client before the server would close them, so that a request never
        // goes out on a connection the server is closing at that moment.
        System.setProperty("jdk.httpclient.keepalive.timeout", "10");
        http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10))
                .executor(Executors.newVirtualThreadPerTaskExecutor())
                .build();

        // Sign-ins before the rush.
        String[] codes = new String[learners];
        String[] tests = new String[learners];
        String[] tokens = new String[learners];
        Semaphore signIns = new Semaphore(tokenConcurrency);
        AtomicInteger noToken = new AtomicInteger();
        long signInStart = System.nanoTime();
        try (var threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < learners; i++) {
                String[] line = plan.get(i).split("\\|");
                codes[i] = line[0];
                tests[i] = line[1];
                int learner = i;
                threads.submit(() -> {
                    signIns.acquireUninterruptibly();
                    try {
                        String body = call("token", HttpRequest.newBuilder(URI.create(base + "/api/v1/auth/token"))
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"" + codes[learner]
                                        + "\",\"password\":\"" + password + "\"}")), 200);
                        Matcher m = body == null ? null : TOKEN.matcher(body);
                        if (m != null && m.find()) {
                            tokens[learner] = m.group(1);
                        } else {
                            noToken.incrementAndGet();
                        }
                    } finally {
                        signIns.release();
                    }
                    return null;
                });
            }
        }
        if (noToken.get() > 0) {
            throw new IllegalStateException(noToken.get() + " learners got no token (see the statuses above)");
        }
        System.out.printf("%d learners signed in in %.1f s (%d at a time)%n",
                learners, (System.nanoTime() - signInStart) / 1e9, tokenConcurrency);

        long plannedSaves = Math.round(learners * questions * (1 + 2 * changeShare));
        long killPoint = killAt > 0 ? Math.max(1, Math.round(plannedSaves * killAt)) : Long.MAX_VALUE;
        AtomicLong confirmedSaves = new AtomicLong();
        AtomicBoolean killSignalled = new AtomicBoolean();
        AtomicInteger started = new AtomicInteger();
        AtomicInteger submitted = new AtomicInteger();
        AtomicInteger short40 = new AtomicInteger();
        String[] attempts = new String[learners];
        boolean[] done = new boolean[learners];

        Files.writeString(out.resolve("rush-ready"), "");
        Thread.sleep(1_000);
        long t0 = System.nanoTime();
        long rushStartMillis = System.currentTimeMillis();
        SplittableRandom seeds = new SplittableRandom(seed);
        try (var threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < learners; i++) {
                int learner = i;
                SplittableRandom random = seeds.split();
                threads.submit(() -> {
                    String auth = "Bearer " + tokens[learner];
                    sleepUntil(t0 + (long) (random.nextDouble() * startWindow * 1e9));
                    String paper = call("start", HttpRequest.newBuilder(
                                    URI.create(base + "/api/v1/assessment/tests/" + tests[learner] + "/attempts"))
                            .header("Authorization", auth)
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString("{}")), 200);
                    if (paper == null) {
                        return null;
                    }
                    Matcher a = ATTEMPT.matcher(paper);
                    if (!a.find()) {
                        System.err.println("no attempt id in the paper of " + codes[learner]);
                        return null;
                    }
                    String attempt = a.group(1);
                    attempts[learner] = attempt;
                    started.incrementAndGet();
                    List<Question> shown = new ArrayList<>();
                    Matcher q = QUESTION.matcher(paper);
                    while (q.find()) {
                        List<String> options = new ArrayList<>();
                        Matcher o = OPTION_ID.matcher(q.group(2));
                        while (o.find()) {
                            options.add(o.group(1));
                        }
                        shown.add(new Question(q.group(1), options));
                    }
                    int answered = Math.min(questions, shown.size());
                    if (answered < questions) {
                        short40.incrementAndGet();
                    }
                    // The moments of the saves: first answers in paper order, then for some questions two changes
                    // at moments after that question's first answer.
                    long from = System.nanoTime();
                    long span = (long) (duration * 1e9);
                    long[] firsts = new long[answered];
                    for (int j = 0; j < answered; j++) {
                        firsts[j] = (long) (random.nextDouble() * span);
                    }
                    Arrays.sort(firsts);
                    List<Save> saves = new ArrayList<>();
                    for (int j = 0; j < answered; j++) {
                        saves.add(new Save(firsts[j], j));
                        if (random.nextDouble() < changeShare) {
                            for (int c = 0; c < 2; c++) {
                                saves.add(new Save(firsts[j] + (long) (random.nextDouble() * (span - firsts[j])), j));
                            }
                        }
                    }
                    saves.sort(Comparator.comparingLong(Save::atNanos));
                    String[] current = new String[answered];
                    for (Save save : saves) {
                        sleepUntil(from + save.atNanos());
                        Question question = shown.get(save.question());
                        String option;
                        do {
                            option = question.options().get(random.nextInt(question.options().size()));
                        } while (option.equals(current[save.question()]) && question.options().size() > 1);
                        current[save.question()] = option;
                        String answer = call("save", HttpRequest.newBuilder(URI.create(base + "/api/v1/assessment/attempts/"
                                                + attempt + "/answers/" + question.id()))
                                        .header("Authorization", auth)
                                        .header("Content-Type", "application/json")
                                        .PUT(HttpRequest.BodyPublishers.ofString(
                                                "{\"selected\":[\"" + option + "\"]}")),
                                204);
                        if (answer != null) {
                            CONFIRMED.add(new Confirmed(
                                    SEQ.incrementAndGet(), System.currentTimeMillis(), attempt, question.id(), option));
                            if (confirmedSaves.incrementAndGet() >= killPoint && killSignalled.compareAndSet(false, true)) {
                                Files.writeString(out.resolve("kill-point"), System.currentTimeMillis() + "\n");
                                System.out.printf("kill point: %d of %d planned saves confirmed%n",
                                        confirmedSaves.get(), plannedSaves);
                            }
                        }
                    }
                    String result = call("submit", HttpRequest.newBuilder(
                                    URI.create(base + "/api/v1/assessment/attempts/" + attempt + "/submit"))
                            .header("Authorization", auth)
                            .POST(HttpRequest.BodyPublishers.noBody()), 200);
                    if (result != null) {
                        done[learner] = true;
                        submitted.incrementAndGet();
                    }
                    return null;
                });
            }
        }
        double rushSeconds = (System.nanoTime() - t0) / 1e9;

        List<Confirmed> confirmed = new ArrayList<>(CONFIRMED);
        confirmed.sort(Comparator.comparingLong(Confirmed::seq));
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(out.resolve("testrush-confirmed.csv")))) {
            for (Confirmed c : confirmed) {
                w.println(c.seq() + "," + c.atMillis() + "," + c.attemptId() + "," + c.questionId() + "," + c.option());
            }
        }
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(out.resolve("testrush-attempts.csv")))) {
            for (int i = 0; i < learners; i++) {
                if (attempts[i] != null) {
                    w.println(codes[i] + "," + attempts[i] + "," + (done[i] ? "submitted" : "not-submitted"));
                }
            }
        }
        List<Try> tries = new ArrayList<>(TRIES);
        tries.sort(Comparator.comparingLong(Try::startedAtMillis));
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(out.resolve("testrush-requests.txt")))) {
            for (Try t : tries) {
                w.printf("%s %d %.3f %d%n", t.kind(), t.startedAtMillis(), t.nanos() / 1e6, t.status());
            }
        }

        // The summary.
        System.out.printf("%d learners, start window %.0f s, saves over %.0f s, %d questions each, %.0f %% changed"
                        + " twice%n", learners, startWindow, duration, questions, changeShare * 100);
        System.out.printf("rush: %.1f s from the first start to the last submission%n", rushSeconds);
        for (String kind : KINDS) {
            summary(kind, tries.stream().filter(t -> t.kind().equals(kind)).toList());
        }
        summary("all", tries.stream()
                .filter(t -> !t.kind().equals("token") && t.startedAtMillis() >= rushStartMillis)
                .toList());
        Map<String, Integer> errors = new TreeMap<>();
        for (Try t : tries) {
            if (t.status() != expected(t.kind())) {
                errors.merge(t.kind() + " status=" + t.status(), 1, Integer::sum);
            }
        }
        System.out.println("errors by kind and status (status 0: no answer, connection refused or reset): "
                + (errors.isEmpty() ? "none" : errors));
        long errorCount = errors.values().stream().mapToLong(Integer::intValue).sum();
        long distinct = confirmed.stream()
                .map(c -> c.attemptId() + c.questionId())
                .distinct()
                .count();
        System.out.printf("COUNTS started=%d submitted=%d confirmed_saves=%d confirmed_answers=%d errors=%d"
                        + " planned_saves=%d papers_short=%d%n",
                started.get(), submitted.get(), confirmed.size(), distinct, errorCount, plannedSaves, short40.get());
        System.out.printf("saves per second over the rush: %.1f%n", confirmed.size() / rushSeconds);
    }

    /** Sends the request until it gets an answer other than a 5xx (or RETRY_FOR has passed); the body if expected. */
    static String call(String kind, HttpRequest.Builder builder, int expected) {
        HttpRequest request = builder.timeout(Duration.ofSeconds(120)).build();
        long firstFailure = 0;
        while (true) {
            long startedAt = System.currentTimeMillis();
            long start = System.nanoTime();
            int status;
            String body = null;
            try {
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                status = response.statusCode();
                body = response.body();
            } catch (IOException e) {
                status = 0;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
            }
            TRIES.add(new Try(kind, startedAt, System.nanoTime() - start, status));
            if (status == expected) {
                return body == null ? "" : body;
            }
            if (status != 0 && status < 500) {
                System.err.printf("%s %s: %d %s%n", kind, request.uri(), status,
                        body == null ? "" : body.substring(0, Math.min(300, body.length())));
                return null;
            }
            long now = System.nanoTime();
            if (firstFailure == 0) {
                firstFailure = now;
            } else if (now - firstFailure > retryForNanos) {
                System.err.printf("%s %s: gave up after %d s (last status %d)%n", kind, request.uri(),
                        retryForNanos / 1_000_000_000L, status);
                return null;
            }
            try {
                Thread.sleep(1_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
            }
        }
    }

    static int expected(String kind) {
        return kind.equals("save") ? 204 : 200;
    }

    static void summary(String kind, List<Try> tries) {
        if (tries.isEmpty()) {
            System.out.printf("RESULT kind=%s n=0%n", kind);
            return;
        }
        double[] ms = tries.stream().mapToDouble(t -> t.nanos() / 1e6).sorted().toArray();
        long errors = tries.stream()
                .filter(t -> kind.equals("all") ? t.status() != expected(t.kind()) : t.status() != expected(kind))
                .count();
        System.out.printf("RESULT kind=%s n=%d p50=%.1f p95=%.1f p99=%.1f max=%.1f errors=%d%n",
                kind, ms.length, percentile(ms, 50), percentile(ms, 95), percentile(ms, 99), ms[ms.length - 1],
                errors);
    }

    /** The nearest-rank percentile. */
    static double percentile(double[] sorted, double p) {
        int rank = (int) Math.ceil(p / 100 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    static void sleepUntil(long nanos) {
        long wait = nanos - System.nanoTime();
        if (wait > 0) {
            try {
                Thread.sleep(Duration.ofNanos(wait));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    static int intEnv(String name, int fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : Integer.parseInt(value.strip());
    }

    static double doubleEnv(String name, double fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : Double.parseDouble(value.strip());
    }
}
