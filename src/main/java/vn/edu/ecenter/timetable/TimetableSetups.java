package vn.edu.ecenter.timetable;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.edu.ecenter.academics.ClassSession;
import vn.edu.ecenter.timetable.centre.Rule;
import vn.edu.ecenter.timetable.centre.Rules;
import vn.edu.ecenter.timetable.centre.Slot;
import vn.edu.ecenter.timetable.centre.WeekGrid;

/**
 * The set-up of a school year's timetables (cài đặt xếp thời khóa biểu), made by the director's office (DIRECTOR,
 * CLERK): the week grid, the rules, the rooms lessons must choose (centre-wide), the fixed activities, the
 * subject-group meetings, the teachers' unavailable slots and how each teaching assignment is timetabled; and an
 * up-front check that says whether the data can be timetabled at all, or why not. Bad input is refused with a message
 * naming what is wrong; nothing of it is written.
 */
public interface TimetableSetups {

    /** The week grid of the school year (the standard grid until the centre saves its own). */
    WeekGrid grid(UUID schoolYearId);

    /**
     * Saves the week grid: at least one school day and one session, each session with 1 to 10 periods whose times
     * increase without overlapping (within the session and from one session to the next).
     */
    WeekGrid saveGrid(UUID schoolYearId, GridInput grid);

    /** The rule settings of the school year (the defaults until the centre saves its own). */
    Rules rules(UUID schoolYearId);

    /**
     * Saves the rule settings given (the others keep their defaults): weights 1–1000, limits where a rule has one (see
     * {@link #limitRange}).
     */
    Rules saveRules(UUID schoolYearId, Map<Rule, RuleInput> settings);

    /** Puts every rule back to its default setting ({@link Rules#defaults()}). */
    Rules restoreDefaultRules(UUID schoolYearId);

    /** The smallest and largest limit of a rule that takes one, or null for a rule without a limit. */
    static @Nullable LimitRange limitRange(Rule rule) {
        return switch (rule) {
            case CLASS_MAX_PER_DAY, TEACHER_MAX_PER_DAY -> new LimitRange(1, 20);
            case TEACHER_MAX_IDLE -> new LimitRange(0, 10);
            default -> null;
        };
    }

    /** A rule's setting as typed: on or off, hard or soft, its weight and its limit (ignored without one). */
    record RuleInput(boolean enabled, boolean hard, int weight, int limit) {}

    /** The limits a rule may take, inclusive. */
    record LimitRange(int min, int max) {}

    /** The centre's rooms (phòng chuyên môn), by kind and name. Rooms belong to the centre, not to a school year. */
    List<Room> rooms();

    /** The kinds of the centre's rooms, in order: what a course option may ask for. */
    List<String> roomKinds();

    Room addRoom(String name, String kind, int capacity);

    void removeRoom(UUID roomId);

    List<FixedActivity> fixedActivities(UUID schoolYearId);

    FixedActivity addFixedActivity(UUID schoolYearId, NewFixedActivity activity);

    /**
     * Adds the usual fixed activities that are not there yet: chào cờ on Monday, period 1 of every session, and sinh
     * hoạt lớp on Saturday, the last period of each session, led by the homeroom teacher (FROM MEMORY, vn-regulations
     * §3.2). Days the grid does not have are skipped. Returns what was added.
     */
    List<FixedActivity> addUsualFixedActivities(UUID schoolYearId);

    void removeFixedActivity(UUID activityId);

    List<Meeting> meetings(UUID schoolYearId);

    Meeting addMeeting(UUID schoolYearId, NewMeeting meeting);

    void removeMeeting(UUID meetingId);

    /** The teachers of the school year (those on its workload report), each with how many slots they have marked. */
    List<TeacherSlots> teachers(UUID schoolYearId);

    /** The slots a teacher cannot teach in during the school year. */
    Map<Slot, TeacherSlotKind> teacherSlots(UUID schoolYearId, UUID staffId);

    /** Replaces a teacher's unavailable slots of the school year (every slot must be in the week grid). */
    void saveTeacherSlots(UUID schoolYearId, UUID staffId, Map<Slot, TeacherSlotKind> slots);

    /** How each teaching assignment of the school year is timetabled, by class and subject. */
    List<CourseOption> courseOptions(UUID schoolYearId);

    /**
     * Sets how a teaching assignment is timetabled: periods a week (null: the assignment's, rounded half up), how many
     * of them are double periods (at most half), the kind of room its lessons need (null: none).
     */
    CourseOption saveCourseOption(
            UUID schoolYearId,
            UUID classId,
            UUID subjectId,
            @Nullable Integer periods,
            int doubles,
            @Nullable String roomKind);

    /** The up-front check: every reason, worded in the locale, why the data cannot be timetabled. */
    DataCheck check(UUID schoolYearId, Locale locale);

    /** A week grid as typed: school days and sessions in the order of the day. */
    record GridInput(List<DayOfWeek> days, List<SessionInput> sessions) {

        public GridInput {
            days = List.copyOf(days);
            sessions = List.copyOf(sessions);
        }
    }

    /** A session as typed: its periods in order, and the period numbers a long break follows. */
    record SessionInput(ClassSession kind, List<PeriodInput> periods, Set<Integer> breakAfter) {

        public SessionInput {
            periods = List.copyOf(periods);
            breakAfter = Set.copyOf(breakAfter);
        }
    }

    /** The start and end of a period as typed (null when left blank). */
    record PeriodInput(@Nullable LocalTime start, @Nullable LocalTime end) {}

    /** A room lessons must choose (a computer room, a lab), of a kind, seating {@code capacity} learners. */
    record Room(UUID id, String name, String kind, int capacity) {}

    /**
     * An activity at a fixed slot for every class of a session, or of every session when {@code session} is null
     * (chào cờ, sinh hoạt lớp), led by each class's homeroom teacher when {@code homeroomLeads}.
     */
    record FixedActivity(
            UUID id,
            String name,
            @Nullable ClassSession session,
            DayOfWeek day,
            int period,
            int duration,
            boolean homeroomLeads) {}

    record NewFixedActivity(
            String name,
            @Nullable ClassSession session,
            DayOfWeek day,
            int period,
            int duration,
            boolean homeroomLeads) {}

    /** A subject group's meeting half-day (ngày họp tổ): the teachers of these subjects teach nothing then. */
    record Meeting(UUID id, String name, List<String> subjectCodes, DayOfWeek day, ClassSession session) {}

    record NewMeeting(String name, List<String> subjectCodes, DayOfWeek day, ClassSession session) {

        public NewMeeting {
            subjectCodes = List.copyOf(subjectCodes);
        }
    }

    /** A teacher of the school year with the number of slots marked busy and elsewhere. */
    record TeacherSlots(UUID staffId, String name, int busy, int elsewhere) {}

    /**
     * A teaching assignment and how it is timetabled.
     *
     * @param assigned the assignment's periods a week (may be fractional, e.g. 1.5)
     * @param defaultPeriods the assignment's periods rounded half up: what is timetabled when {@code periods} is null
     * @param periods the periods a week set for the timetable, or null
     */
    record CourseOption(
            UUID classId,
            String className,
            UUID subjectId,
            String subjectCode,
            String subjectName,
            String teacherName,
            BigDecimal assigned,
            int defaultPeriods,
            @Nullable Integer periods,
            int doubles,
            @Nullable String roomKind) {

        /** The periods a week the timetable gives it. */
        public int timetabled() {
            return periods == null ? defaultPeriods : periods;
        }
    }

    /**
     * The outcome of the up-front check.
     *
     * @param courses the number of courses (teaching assignments with periods) to timetable
     * @param reasons why no timetable can meet the data; empty when the counts allow one
     */
    record DataCheck(int courses, List<String> reasons) {

        public DataCheck {
            reasons = List.copyOf(reasons);
        }

        public boolean possible() {
            return courses > 0 && reasons.isEmpty();
        }
    }
}
