package vn.edu.ecenter.academics;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The academic structure of the signed-in user's centre. Every method checks who calls it: the director and clerks
 * manage (the system administrator too, when acting in a centre, e.g. the demo loader); staff read the programme and
 * the classes; a teacher reads the class lists of the classes they teach or lead as homeroom teacher, and the homeroom
 * teacher the enrolment history of the learners of that class. Bulk operations take lists and run in one transaction:
 * all or nothing.
 */
public interface Academics {

    // ---- Programme (TT 12/2022/TT-BGDĐT) ----

    /** The subjects of the programme in programme order. */
    List<SubjectView> subjects();

    /** Installs the standard GDTX THPT programme into the current centre; subjects already there are left alone. */
    ProgrammeInstalled installStandardProgramme();

    /** Adds a subject; rejects a code already used. */
    SubjectView addSubject(SubjectDetails details);

    /** Sets the periods per year of a subject for one school year and grade (the default stays for the others). */
    void setPeriodsPerYear(UUID subjectId, UUID schoolYearId, int grade, int periodsPerYear);

    /** The periods per year of a subject in a school year and grade: the year's own value or the subject's default. */
    int periodsPerYear(UUID subjectId, UUID schoolYearId, int grade);

    /** Every subject with its periods per year in a school year for grades 10, 11 and 12. */
    List<SubjectPeriods> periodsOfYear(UUID schoolYearId);

    /** Defines an elective combination (tổ hợp môn) from subject codes; rejects unknown codes and a used code. */
    CombinationView defineCombination(String code, String name, List<String> subjectCodes);

    List<CombinationView> combinations();

    // ---- Calendar ----

    /** Holidays and make-up days of a school year in date order. */
    List<CalendarDay> calendar(UUID schoolYearId);

    /** Marks days of a school year as holidays or make-up days (replacing what was marked on those dates). */
    void markDays(UUID schoolYearId, Collection<CalendarDay> days);

    /** Removes the mark of a date. */
    void unmarkDay(UUID schoolYearId, LocalDate day);

    /** Which teaching week of which semester of the current school year a date is in; empty outside the semesters. */
    Optional<TeachingWeek> teachingWeek(LocalDate date);

    /** Whether the date is a school day (Monday–Saturday or a make-up day, and not a holiday). */
    boolean isSchoolDay(LocalDate date);

    // ---- Classes ----

    /** The classes of a school year, by grade then name. */
    List<ClassView> classes(UUID schoolYearId);

    /** The classes of the current school year; empty when no year is current. */
    List<ClassView> currentClasses();

    Optional<ClassView> schoolClass(UUID classId);

    /** Opens a class; rejects a name already used in that school year. */
    ClassView createClass(CreateClass command);

    /** Opens many classes at once (all or nothing), e.g. for the demo centre. */
    List<ClassView> createClasses(List<CreateClass> commands);

    /** Changes a class's name, grade, session, room and homeroom teacher (the school year stays). */
    ClassView updateClass(UUID classId, CreateClass command);

    // ---- Enrolment ----

    /**
     * Enrols a learner; rejects a date outside the class's school year, an unknown combination, and a learner already
     * active in a class of that school year (the message names that class).
     */
    EnrolmentView enrol(Enrol command);

    /** Enrols many learners at once (all or nothing), e.g. the Excel import or the demo centre. */
    List<EnrolmentView> enrolAll(List<Enrol> commands);

    /** The learners active in a class, in class-list order (tên, đệm, họ), numbered from 1. */
    List<ClassMember> classList(UUID classId);

    /** The class page's data in one read, with the same rights as {@link #classList}. */
    ClassPage classPage(UUID classId);

    /** The learner's active enrolment in the current school year. */
    Optional<EnrolmentView> currentEnrolment(UUID learnerId);

    /**
     * Every enrolment of a learner, newest first. The director and clerks read any learner's; a teacher only those of a
     * learner of the class they lead as homeroom teacher in the current school year (others: access denied).
     */
    List<EnrolmentView> enrolments(UUID learnerId);

    /** Moves a learner to another class of the same school year (chuyển lớp). */
    EnrolmentView transfer(UUID learnerId, UUID toClassId, LocalDate on, String reason);

    /** Records that a learner left the centre (chuyển đi). */
    EnrolmentView leaveCentre(UUID learnerId, LocalDate on, String reason);

    /** Records that a learner dropped out (bỏ học). */
    EnrolmentView dropOut(UUID learnerId, LocalDate on, String reason);

    /** Re-admits a learner who left or dropped out (tiếp nhận lại) into a class. */
    EnrolmentView readmit(UUID learnerId, UUID classId, LocalDate on, String reason);

    /** The learner's enrolment history, oldest first; who may read it as for {@link #enrolments}. */
    List<EnrolmentEvent> history(UUID learnerId);

    // ---- Year-end rollover ----

    /** Records the year-end decision for an enrolment (default: promote, or graduate in grade 12). */
    void decideYearEnd(UUID enrolmentId, YearEndOutcome outcome);

    /** What the rollover from one year to the next would do; changes nothing. */
    RolloverPlan previewRollover(UUID fromYearId, UUID toYearId);

    /**
     * Applies the rollover: promoted learners go to the class of the next grade with the same suffix (10A1 → 11A1),
     * repeating learners to the class of the same name, graduates leave. Learners already rolled over are left alone,
     * so a second run changes nothing. Rejects the run when a needed class is missing.
     */
    RolloverResult runRollover(UUID fromYearId, UUID toYearId);

    // ---- Teaching assignments and workload (TT 04/2026) ----

    /** Assigns (or re-assigns) the teacher of a subject in a class. */
    AssignmentView assign(Assign command);

    /** Assigns many at once (all or nothing). */
    List<AssignmentView> assignAll(List<Assign> commands);

    /** Removes the assignment of a subject in a class. */
    void unassign(UUID classId, UUID subjectId);

    /** The assignments of a class, in programme order. */
    List<AssignmentView> assignments(UUID classId);

    /** Every assignment of a school year (the assignment grid). */
    List<AssignmentView> assignmentsOfYear(UUID schoolYearId);

    /** The centre's workload rule (homeroom reduction and cap). */
    WorkloadRule workloadRule();

    void setWorkloadRule(WorkloadRule rule);

    /** Adds a reduction for a teacher in a school year; rejects one that takes the total above the cap. */
    Reduction addReduction(UUID staffId, UUID schoolYearId, int periods, String reason);

    void removeReduction(UUID reductionId);

    /** The workload of every active teacher in a school year, in name order. */
    List<WorkloadLine> workload(UUID schoolYearId);

    // ---- Homeroom rights and teaching, for other modules ----

    /** Whether the signed-in user is the homeroom teacher (GVCN) of the class. */
    boolean isHomeroomTeacher(UUID classId);

    /** Whether the signed-in user teaches the class: the subject given (by code), or any subject when null. */
    boolean teaches(UUID classId, @Nullable String subjectCode);

    /** The classes and subjects the signed-in user teaches or leads in the current school year. */
    List<TeachingView> myTeaching();

    /** The classes and subjects a staff member teaches or leads in a school year. */
    List<TeachingView> teachingOf(UUID staffId, UUID schoolYearId);
}
