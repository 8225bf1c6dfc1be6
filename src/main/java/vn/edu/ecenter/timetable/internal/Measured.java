package vn.edu.ecenter.timetable.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.edu.ecenter.platform.web.Rejected;
import vn.edu.ecenter.timetable.TimetableView.Broken;
import vn.edu.ecenter.timetable.centre.CentreProblem;
import vn.edu.ecenter.timetable.centre.ImpossibleDemand;
import vn.edu.ecenter.timetable.centre.ScheduledLesson;
import vn.edu.ecenter.timetable.centre.Wording;
import vn.edu.ecenter.timetable.engine.Cost;
import vn.edu.ecenter.timetable.engine.Lesson;
import vn.edu.ecenter.timetable.engine.Placement;
import vn.edu.ecenter.timetable.engine.Violation;
import vn.edu.ecenter.timetable.internal.CentreDataAssembler.Assembled;
import vn.edu.ecenter.timetable.internal.VersionStore.LessonRow;

/**
 * A stored version's lessons laid into the engine's problem, so that the rules can be asked what they think of it:
 * the cost, the broken rules and the lessons without a slot; and where a stored lesson is in the problem, for edits.
 */
final class Measured {

    private final CentreProblem problem;
    private final Placement placement;

    Measured(CentreProblem problem, Placement placement) {
        this.problem = problem;
        this.placement = placement;
    }

    /** The rows measured against the data (throws {@link ImpossibleDemand} when the data allow no timetable). */
    static Measured of(Assembled assembled, List<LessonRow> rows, Locale locale) {
        CentreProblem problem = CentreProblem.of(assembled.data(), Wording.of(locale));
        return new Measured(problem, problem.placement(scheduled(rows)));
    }

    /** The engine's problem of the data, refused with every cause named when the data allow no timetable. */
    static CentreProblem problemOrRefusal(Assembled assembled, Locale locale) {
        try {
            return CentreProblem.of(assembled.data(), Wording.of(locale));
        } catch (ImpossibleDemand e) {
            throw new Rejected("timetable.solve.impossible", String.join(" ", e.reasons()));
        }
    }

    static List<ScheduledLesson> scheduled(List<LessonRow> rows) {
        return rows.stream()
                .map(l -> new ScheduledLesson(
                        l.subjectId() == null ? null : CentreDataAssembler.courseId(l.classId(), l.subjectId()),
                        l.activity(),
                        l.classId().toString(),
                        l.staffId() == null ? null : l.staffId().toString(),
                        l.start(),
                        l.duration(),
                        l.roomId() == null ? null : l.roomId().toString(),
                        l.pinned()))
                .toList();
    }

    CentreProblem problem() {
        return problem;
    }

    Placement placement() {
        return placement;
    }

    Cost cost() {
        return placement.cost();
    }

    List<Broken> broken() {
        List<Broken> broken = new ArrayList<>();
        for (Violation v : placement.violations()) {
            broken.add(new Broken(v.label(), v.hard(), v.cost()));
        }
        return broken;
    }

    /** The names of the lessons without a slot. */
    List<String> unplaced() {
        List<String> names = new ArrayList<>();
        for (Lesson lesson : problem.problem().lessons()) {
            if (placement.start(lesson.index()) < 0) {
                names.add(lesson.name());
            }
        }
        return names;
    }

    /** The engine's lesson a stored course lesson is, or −1 (a fixed activity, or a lesson the data no longer has). */
    int lessonOf(LessonRow row) {
        if (row.subjectId() == null) {
            return -1;
        }
        return problem.lessonAt(placement, CentreDataAssembler.courseId(row.classId(), row.subjectId()), row.start());
    }

    static @Nullable UUID uuid(@Nullable String id) {
        return id == null ? null : UUID.fromString(id);
    }
}
