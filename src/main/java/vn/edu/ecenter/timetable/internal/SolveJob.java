package vn.edu.ecenter.timetable.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;
import vn.edu.ecenter.identity.JobStarter;
import vn.edu.ecenter.platform.jobs.JobContext;
import vn.edu.ecenter.platform.jobs.JobHandler;
import vn.edu.ecenter.platform.jobs.JobMessage;
import vn.edu.ecenter.platform.jobs.JobType;
import vn.edu.ecenter.platform.web.Rejected;
import vn.edu.ecenter.timetable.Timetables;
import vn.edu.ecenter.timetable.VersionView;
import vn.edu.ecenter.timetable.centre.CentreProblem;
import vn.edu.ecenter.timetable.centre.ScheduledLesson;
import vn.edu.ecenter.timetable.engine.Engine;
import vn.edu.ecenter.timetable.engine.Placement;
import vn.edu.ecenter.timetable.internal.CentreDataAssembler.Assembled;
import vn.edu.ecenter.timetable.internal.SetupStore.Setup;
import vn.edu.ecenter.timetable.internal.VersionStore.LessonRow;

/**
 * Solves a draft timetable in the background, acting as whoever started it: starts from the draft's lessons (pinned ones
 * stay), reports the time spent as progress and the best cost so far as the job's summary, stops at the time limit,
 * at a timetable that breaks nothing, or when cancelled — keeping the best timetable found so far — and writes the
 * result as the draft's lessons.
 */
@Component
class SolveJob implements JobHandler {

    static final JobType TYPE = new JobType("timetableSolve");
    static final String VERSION = "versionId";
    static final String SECONDS = "seconds";
    static final String SEED = "seed";
    static final String PUBLISH = "publishWhenComplete";

    /** How often the watcher looks at the clock and at a cancel request, in milliseconds. */
    private static final long WATCH_MILLIS = 250;

    private final VersionStore versions;
    private final SetupStore setups;
    private final CentreDataAssembler assembler;

    private final Timetables timetables;

    SolveJob(
            VersionStore versions,
            SetupStore setups,
            CentreDataAssembler assembler,
            // Lazy: the service starts jobs, and the job runner holds this handler.
            @Lazy Timetables timetables) {
        this.versions = versions;
        this.setups = setups;
        this.assembler = assembler;
        this.timetables = timetables;
    }

    @Override
    public JobType type() {
        return TYPE;
    }

    @Override
    public void run(JobContext context) {
        JobStarter.actAs(context, () -> solve(context));
    }

    private void solve(JobContext context) {
        Map<String, String> params = context.params();
        UUID versionId = UUID.fromString(params.get(VERSION));
        int seconds = Integer.parseInt(params.get(SECONDS));
        long seed = Long.parseLong(params.get(SEED));
        VersionView version = versions.lock(versionId).orElseThrow(() -> new Rejected("timetable.version.notFound"));
        if (!version.editable()) {
            throw new Rejected("timetable.version.notDraft", version.number());
        }
        Setup setup = setups.setup(version.schoolYearId());
        List<LessonRow> stored = versions.lessons(versionId);
        Assembled assembled = assembler.assemble(version.schoolYearId(), setup, stored);
        CentreProblem problem = Measured.problemOrRefusal(assembled, TimetableService.VIETNAMESE);
        Placement start = problem.placement(Measured.scheduled(stored));
        Engine engine = new Engine(problem.problem(), Engine.Settings.forSeconds(seconds, seed));
        context.progress(0, seconds);
        Thread watcher = Thread.ofVirtual().start(() -> watch(context, engine, seconds));
        Engine.Result result;
        try {
            result = engine.solve(
                    start,
                    (cost, elapsed) ->
                            context.summary(JobMessage.of("timetable.solve.best", cost.hard(), cost.soft())));
        } finally {
            watcher.interrupt();
        }
        List<ScheduledLesson> lessons = problem.timetable(result.best());
        versions.replaceLessons(versionId, rows(lessons, assembled));
        int unplaced = problem.problem().lessons().size() - lessons.size();
        versions.edited(versionId, result.cost().hard(), result.cost().soft(), unplaced);
        context.progress(seconds, seconds);
        if (Boolean.parseBoolean(params.get(PUBLISH)) && result.cost().hard() == 0 && unplaced == 0) {
            // As the starter, a director: the same checks as their pressing "submit" and "publish".
            timetables.submit(versionId);
            timetables.publish(versionId);
        }
        context.summary(JobMessage.of(
                result.cancelled() ? "timetable.solve.stopped" : "timetable.solve.done",
                result.cost().hard(),
                result.cost().soft(),
                unplaced,
                result.elapsed().toMillis() / 1000));
    }

    /** Reports the time spent as progress, and passes a cancel request on to the engine. */
    private static void watch(JobContext context, Engine engine, int seconds) {
        long began = System.nanoTime();
        try {
            while (!Thread.currentThread().isInterrupted()) {
                Thread.sleep(WATCH_MILLIS);
                long spent = Duration.ofNanos(System.nanoTime() - began).toSeconds();
                context.progress(Math.min(spent, seconds), seconds);
                if (context.isCancelled()) {
                    engine.cancel();
                    return;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static List<LessonRow> rows(List<ScheduledLesson> lessons, Assembled assembled) {
        List<LessonRow> rows = new ArrayList<>();
        for (ScheduledLesson l : lessons) {
            var course = l.courseId() == null ? null : assembled.courses().get(l.courseId());
            rows.add(new LessonRow(
                    UUID.randomUUID(),
                    UUID.fromString(l.classId()),
                    assembled.classNames().getOrDefault(l.classId(), ""),
                    course == null ? null : course.subjectId(),
                    course == null ? null : course.subjectCode(),
                    l.activity(),
                    course == null ? String.valueOf(l.activity()) : course.subjectName(),
                    Measured.uuid(l.teacherId()),
                    l.teacherId() == null ? null : assembled.teacherNames().get(l.teacherId()),
                    l.start(),
                    l.duration(),
                    Measured.uuid(l.roomId()),
                    l.pinned() && course != null));
        }
        return rows;
    }
}
