package vn.edu.ecenter.platform.jobs;

import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.edu.ecenter.platform.files.FileType;
import vn.edu.ecenter.platform.web.Rejected;

/**
 * Job handlers for the job tests. A plain {@code @Configuration} in test sources, so that component scanning adds it
 * to every test context alike (and the contexts stay shared); the handlers do nothing unless a test starts them.
 */
@Configuration(proxyBeanMethods = false)
class TestJobHandlers {

    static final JobType STEPPED = new JobType("test.stepped");
    static final JobType RESUMABLE = new JobType("test.resumable");
    static final JobType FAILING = new JobType("test.failing");

    /** Permits per gate: a stepped job takes one before each step, so a test decides how far it gets. */
    static final Map<String, Semaphore> GATES = new ConcurrentHashMap<>();

    /** Jobs of the resumable type that ran as a resumption. */
    static final Set<UUID> RESUMED = ConcurrentHashMap.newKeySet();

    static String newGate() {
        String gate = UUID.randomUUID().toString();
        GATES.put(gate, new Semaphore(0));
        return gate;
    }

    static void open(String gate, int steps) {
        GATES.get(gate).release(steps);
    }

    @Bean
    JobHandler steppedJob() {
        return handler(STEPPED, false, context -> {
            int steps = Integer.parseInt(context.params().get("steps"));
            Semaphore gate = GATES.computeIfAbsent(context.params().get("gate"), g -> new Semaphore(0));
            for (int step = 1; step <= steps; step++) {
                try {
                    if (!gate.tryAcquire(30, TimeUnit.SECONDS)) {
                        throw new IllegalStateException("The test never opened the gate");
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new JobCancelled();
                }
                context.checkCancelled();
                context.progress(step, steps);
            }
            context.report(JobMessage.of("job.progress", steps, steps));
        });
    }

    @Bean
    JobHandler resumableJob() {
        return handler(RESUMABLE, true, context -> {
            if (context.resumed()) {
                RESUMED.add(context.jobId());
            }
            context.progress(1, 1);
        });
    }

    @Bean
    JobHandler failingJob() {
        return handler(FAILING, false, context -> {
            if ("reject".equals(context.params().get("mode"))) {
                throw new Rejected(
                        "files.rejected.typeNotAllowed", "ảnh thẻ.pdf", FileType.PNG.label(), FileType.PDF.label());
            }
            throw new IllegalStateException("A bug in a job handler");
        });
    }

    private static JobHandler handler(JobType type, boolean resumable, java.util.function.Consumer<JobContext> work) {
        return new JobHandler() {
            @Override
            public JobType type() {
                return type;
            }

            @Override
            public boolean resumable() {
                return resumable;
            }

            @Override
            public void run(JobContext context) {
                work.accept(context);
            }
        };
    }
}
