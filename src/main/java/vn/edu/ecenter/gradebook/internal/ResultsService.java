package vn.edu.ecenter.gradebook.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.edu.ecenter.centres.Centres;
import vn.edu.ecenter.centres.SchoolYearView;
import vn.edu.ecenter.gradebook.CentreOverview;
import vn.edu.ecenter.gradebook.ClassResults;
import vn.edu.ecenter.gradebook.GradebookRejection;
import vn.edu.ecenter.gradebook.GradebookRejection.Kind;
import vn.edu.ecenter.gradebook.LearnerYear;
import vn.edu.ecenter.gradebook.ResultPeriod;
import vn.edu.ecenter.gradebook.Results;
import vn.edu.ecenter.gradebook.attendance.AbsenceCount;
import vn.edu.ecenter.gradebook.attendance.Attendance;
import vn.edu.ecenter.gradebook.internal.ResultsReads.ClassData;
import vn.edu.ecenter.gradebook.internal.ResultsReads.ConductKey;
import vn.edu.ecenter.gradebook.internal.ResultsReads.Loaded;
import vn.edu.ecenter.gradebook.internal.ResultsReads.MarkKey;
import vn.edu.ecenter.gradebook.internal.ResultsReads.Member;
import vn.edu.ecenter.gradebook.internal.ResultsReads.RemarkKey;
import vn.edu.ecenter.gradebook.internal.ResultsReads.RetestKey;
import vn.edu.ecenter.gradebook.internal.ResultsReads.SubjectData;
import vn.edu.ecenter.gradebook.rules.AssessmentPlan;
import vn.edu.ecenter.gradebook.rules.CommentLevel;
import vn.edu.ecenter.gradebook.rules.Decision;
import vn.edu.ecenter.gradebook.rules.Grading;
import vn.edu.ecenter.gradebook.rules.InvalidMark;
import vn.edu.ecenter.gradebook.rules.LearningResult;
import vn.edu.ecenter.gradebook.rules.Mark;
import vn.edu.ecenter.gradebook.rules.MarkSlot;
import vn.edu.ecenter.gradebook.rules.Programme;
import vn.edu.ecenter.gradebook.rules.Rating;
import vn.edu.ecenter.gradebook.rules.RuleSet;
import vn.edu.ecenter.gradebook.rules.RuleSets;
import vn.edu.ecenter.gradebook.rules.Semester;
import vn.edu.ecenter.gradebook.rules.SemesterMarks;
import vn.edu.ecenter.gradebook.rules.SubjectOutcome;
import vn.edu.ecenter.gradebook.rules.SubjectResult;
import vn.edu.ecenter.gradebook.rules.YearStanding;
import vn.edu.ecenter.people.LearnerSummary;
import vn.edu.ecenter.people.People;
import vn.edu.ecenter.platform.audit.AuditRecord;
import vn.edu.ecenter.platform.audit.AuditTrail;
import vn.edu.ecenter.platform.security.CurrentUser;

/**
 * Results computed on reading: {@link ResultsReads} loads the marks, conduct levels and re-tests of any number of classes
 * in a few set-based queries, the attendance module counts the days absent of a class at once, and the pure rules of
 * the class's rule set compute every learner's semesters and year ({@link #years}). Nothing is stored but the re-test
 * marks, so a result can never disagree with the marks it comes from.
 */
@Service
@Transactional(readOnly = true)
class ResultsService implements Results {

    private final ResultsReads reads;
    private final Attendance attendance;
    private final People people;
    private final Centres centres;
    private final AuditTrail audit;
    private final ResultsWorkbook workbook;

    ResultsService(
            ResultsReads reads,
            Attendance attendance,
            People people,
            Centres centres,
            AuditTrail audit,
            ResultsWorkbook workbook) {
        this.reads = reads;
        this.attendance = attendance;
        this.people = people;
        this.centres = centres;
        this.audit = audit;
        this.workbook = workbook;
    }

    // ---------------------------------------------------------------- class summary

    @Override
    @PreAuthorize("hasAnyRole('DIRECTOR', 'TEACHER')")
    public ClassResults classResults(UUID classId, ResultPeriod period) {
        Loaded loaded = reads.load(List.of(classId));
        ClassData schoolClass = classOf(loaded, classId);
        @Nullable UUID me = me();
        boolean wholeClass = Callers.director() || schoolClass.ledBy(me);
        List<SubjectData> subjects = loaded.subjects().getOrDefault(classId, List.of());
        List<SubjectData> visible = wholeClass
                ? subjects
                : subjects.stream()
                        .filter(s -> me != null && me.equals(s.teacherId()))
                        .toList();
        if (!wholeClass && visible.isEmpty()) {
            throw GradebookRejection.of(Kind.FORBIDDEN, "results.forbidden.class", schoolClass.name());
        }
        Map<UUID, AbsenceCount> absences = wholeClass ? attendance.classAbsences(classId) : Map.of();
        Map<UUID, AbsenceCount> shown =
                switch (period) {
                    case CN -> absences;
                    case HK1 -> wholeClass ? attendance.classAbsences(classId, 1) : Map.of();
                    case HK2 -> wholeClass ? attendance.classAbsences(classId, 2) : Map.of();
                };
        return summary(loaded, schoolClass, period, wholeClass, visible, absences, shown);
    }

    private ClassResults summary(
            Loaded loaded,
            ClassData schoolClass,
            ResultPeriod period,
            boolean wholeClass,
            List<SubjectData> visible,
            Map<UUID, AbsenceCount> absences,
            Map<UUID, AbsenceCount> shown) {
        RuleSet rules = rules(schoolClass);
        List<LearnerYear> years = years(loaded, schoolClass, rules, absences);
        List<ClassResults.Row> rows = new ArrayList<>(years.size());
        for (int i = 0; i < years.size(); i++) {
            LearnerYear year = years.get(i);
            Map<UUID, LearnerYear.Subject> bySubject = new HashMap<>();
            year.subjects().forEach(s -> bySubject.put(s.subjectId(), s));
            List<@Nullable SubjectResult> results = new ArrayList<>(visible.size());
            for (SubjectData subject : visible) {
                LearnerYear.Subject taken = bySubject.get(subject.id());
                results.add(taken == null ? null : taken.result(period));
            }
            LearnerYear.Standing standing = year.standing(period);
            rows.add(new ClassResults.Row(
                    i + 1,
                    year.learnerId(),
                    year.code(),
                    year.name(),
                    results,
                    wholeClass ? standing.learningRating() : null,
                    wholeClass ? standing.conduct() : null,
                    // The period's days (HK1, HK2 or the year); the decision counts the year's (TT 43 Art. 11.1).
                    wholeClass ? shown.get(year.learnerId()) : null,
                    wholeClass && period == ResultPeriod.CN ? year.decision() : null,
                    wholeClass && period == ResultPeriod.CN ? year.retestSubjects() : List.of()));
        }
        return new ClassResults(
                schoolClass.id(),
                schoolClass.name(),
                schoolClass.grade(),
                schoolClass.schoolYearName(),
                period,
                rules.id(),
                wholeClass,
                visible.stream()
                        .map(s -> new ClassResults.Subject(s.id(), s.code(), s.name(), grading(s)))
                        .toList(),
                rows);
    }

    @Override
    @PreAuthorize("hasAnyRole('DIRECTOR', 'TEACHER')")
    public byte[] exportClassResults(ClassResults summary) {
        return workbook.export(summary);
    }

    // ---------------------------------------------------------------- a learner's year

    @Override
    @PreAuthorize("isAuthenticated()")
    public LearnerYear learnerYear(UUID classId, UUID learnerId) {
        Loaded loaded = reads.load(List.of(classId));
        ClassData schoolClass = classOf(loaded, classId);
        @Nullable UUID me = me();
        boolean staff = Callers.director() || schoolClass.ledBy(me);
        boolean own = !staff && ownLearnerIds().contains(learnerId);
        if (!staff && !own) {
            throw GradebookRejection.of(Kind.FORBIDDEN, "results.forbidden.learner");
        }
        return learnerIn(loaded, schoolClass, learnerId);
    }

    private LearnerYear learnerIn(Loaded loaded, ClassData schoolClass, UUID learnerId) {
        boolean member = loaded.members().getOrDefault(schoolClass.id(), List.of()).stream()
                .anyMatch(m -> m.learner().id().equals(learnerId));
        if (!member) {
            throw GradebookRejection.of(Kind.NOT_FOUND, "results.learner.notInClass", schoolClass.name());
        }
        AbsenceCount absences = attendance.absenceDays(learnerId, schoolClass.schoolYearId());
        return years(loaded, schoolClass, rules(schoolClass), Map.of(learnerId, absences)).stream()
                .filter(year -> year.learnerId().equals(learnerId))
                .findFirst()
                .orElseThrow();
    }

    /**
     * A learner's years for the học bạ: one per class of grades 10–12 the learner studies in or completed, oldest first
     * (the year-end rollover marks a finished year COMPLETED; a class left during its year is not one). Read by
     * the director, the homeroom teacher of the learner's latest class, the learner and the learner's guardians;
     * anyone else is refused. A learner without a class gives a Vietnamese "no data" refusal. The class batch print
     * ({@code checkRights = false}) runs as a background job that checked its starter already.
     */
    List<LearnerYear> recordYears(UUID learnerId, String learnerName, boolean checkRights) {
        List<UUID> classIds = reads.recordClasses(learnerId);
        boolean allowed = !checkRights || Callers.director() || ownLearnerIds().contains(learnerId);
        if (classIds.isEmpty()) {
            throw allowed
                    ? GradebookRejection.of(Kind.NOT_FOUND, "results.record.noData", learnerName)
                    : GradebookRejection.of(Kind.FORBIDDEN, "results.record.forbidden");
        }
        Loaded loaded = reads.load(classIds);
        if (!allowed) {
            @Nullable UUID me = me();
            ClassData latest = loaded.classes().stream()
                    .max(java.util.Comparator.comparing(ClassData::schoolYearStart)
                            .thenComparing(ClassData::grade))
                    .orElseThrow();
            if (!latest.ledBy(me)) {
                throw GradebookRejection.of(Kind.FORBIDDEN, "results.record.forbidden");
            }
        }
        return loaded.classes().stream()
                .sorted(java.util.Comparator.comparing(ClassData::schoolYearStart))
                .map(schoolClass ->
                        recordYearsOf(loaded, schoolClass, Set.of(learnerId)).get(learnerId))
                .toList();
    }

    /**
     * The học bạ years of every learner of a class, for the class batch print (a background job whose starter was
     * checked): each learner's classes of grades 10–12 are loaded together and each class's years computed once, so
     * the batch costs a few queries per class rather than per learner. Oldest year first.
     */
    Map<UUID, List<LearnerYear>> classRecordYears(UUID classId) {
        Loaded own = reads.load(List.of(classId));
        List<UUID> learners = own.members().getOrDefault(classId, List.of()).stream()
                .map(member -> member.learner().id())
                .toList();
        Map<UUID, List<UUID>> classesOf = reads.recordClasses(learners);
        Set<UUID> classIds = new java.util.HashSet<>();
        classesOf.values().forEach(classIds::addAll);
        Loaded loaded = reads.load(List.copyOf(classIds));
        Map<UUID, List<LearnerYear>> years = new HashMap<>();
        for (ClassData schoolClass : loaded.classes().stream()
                .sorted(java.util.Comparator.comparing(ClassData::schoolYearStart))
                .toList()) {
            Set<UUID> here = new java.util.HashSet<>();
            classesOf.forEach((learner, classes) -> {
                if (classes.contains(schoolClass.id())) {
                    here.add(learner);
                }
            });
            recordYearsOf(loaded, schoolClass, here)
                    .forEach((learner, year) -> years.computeIfAbsent(learner, k -> new ArrayList<>())
                            .add(year));
        }
        return years;
    }

    /**
     * Some learners' years in one class, for their học bạ. Their days absent are counted without the attendance
     * module's rights: the học bạ's reader (checked by the caller) may read past years they did not teach.
     */
    private Map<UUID, LearnerYear> recordYearsOf(Loaded loaded, ClassData schoolClass, Set<UUID> learnerIds) {
        Set<UUID> members = new java.util.HashSet<>();
        loaded.members()
                .getOrDefault(schoolClass.id(), List.of())
                .forEach(m -> members.add(m.learner().id()));
        if (!members.containsAll(learnerIds)) {
            throw GradebookRejection.of(Kind.NOT_FOUND, "results.learner.notInClass", schoolClass.name());
        }
        Map<UUID, AbsenceCount> absences = attendance.absencesForRecord(learnerIds, schoolClass.schoolYearId());
        Map<UUID, LearnerYear> years = new HashMap<>();
        for (LearnerYear year : years(loaded, schoolClass, rules(schoolClass), absences)) {
            if (learnerIds.contains(year.learnerId())) {
                years.put(year.learnerId(), year);
            }
        }
        return years;
    }

    @Override
    @PreAuthorize("hasAnyRole('LEARNER', 'GUARDIAN')")
    public List<LearnerYear> myResults() {
        List<LearnerSummary> own = people.ownLearners();
        Optional<SchoolYearView> year = centres.currentSchoolYear();
        if (own.isEmpty() || year.isEmpty()) {
            return List.of();
        }
        Map<UUID, UUID> classes = reads.activeClasses(
                own.stream().map(LearnerSummary::id).toList(), year.get().id());
        if (classes.isEmpty()) {
            return List.of();
        }
        Loaded loaded = reads.load(List.copyOf(new java.util.HashSet<>(classes.values())));
        List<LearnerYear> years = new ArrayList<>();
        for (LearnerSummary learner : own) {
            UUID classId = classes.get(learner.id());
            if (classId != null) {
                years.add(learnerIn(loaded, classOf(loaded, classId), learner.id()));
            }
        }
        return years;
    }

    // ---------------------------------------------------------------- re-tests

    @Override
    @Transactional
    @PreAuthorize("hasAnyRole('DIRECTOR', 'TEACHER')")
    public LearnerYear recordRetest(UUID classId, UUID learnerId, UUID subjectId, String value) {
        Loaded loaded = reads.load(List.of(classId));
        ClassData schoolClass = classOf(loaded, classId);
        @Nullable UUID me = me();
        if (!Callers.director() && !schoolClass.ledBy(me)) {
            throw GradebookRejection.of(Kind.FORBIDDEN, "results.forbidden.retest", schoolClass.name());
        }
        LearnerYear year = learnerIn(loaded, schoolClass, learnerId);
        LearnerYear.Subject subject = year.subjects().stream()
                .filter(s -> s.subjectId().equals(subjectId))
                .findFirst()
                .orElseThrow(() -> GradebookRejection.of(
                        Kind.INVALID, "results.retest.notTaken", year.name().fullName()));
        if (!year.retestSubjects().contains(subject.code())) {
            throw GradebookRejection.of(
                    Kind.CONFLICT,
                    "results.retest.notDue",
                    subject.name(),
                    year.name().fullName());
        }
        Mark mark = null;
        if (value != null && !value.isBlank()) {
            try {
                mark = subject.grading().parse(value);
            } catch (InvalidMark e) {
                throw new GradebookRejection(
                        Kind.INVALID,
                        "results.retest.invalid",
                        List.of(),
                        subject.name(),
                        new org.springframework.context.support.DefaultMessageSourceResolvable(
                                new String[] {e.messageKey()}, e.arguments(), e.messageKey()));
            }
        }
        reads.saveRetest(schoolClass, learnerId, subjectId, mark, CurrentUser.actor());
        audit.record(AuditRecord.of("results.retest.saved", "learner", learnerId.toString())
                .values(
                        subject.retest() == null
                                ? null
                                : Map.of("mark", subject.retest().display()),
                        Map.of(
                                "class",
                                schoolClass.name(),
                                "subject",
                                subject.code(),
                                "mark",
                                mark == null ? "" : mark.display())));
        return learnerIn(reads.load(List.of(classId)), schoolClass, learnerId);
    }

    // ---------------------------------------------------------------- the centre

    @Override
    @PreAuthorize("hasRole('DIRECTOR')")
    public CentreOverview centreOverview(ResultPeriod period) {
        SchoolYearView year = centres.currentSchoolYear()
                .orElseThrow(() -> GradebookRejection.of(Kind.NOT_FOUND, "results.year.none"));
        List<UUID> classIds = reads.classesOf(year.id());
        Loaded loaded = reads.load(classIds);
        List<CentreOverview.Distribution> learningByClass = new ArrayList<>();
        List<CentreOverview.Distribution> conductByClass = new ArrayList<>();
        Map<Rating, Integer> learning = new EnumMap<>(Rating.class);
        int[] unclassified = {0};
        record SubjectKey(String code, String name, Grading grading) {}
        Map<SubjectKey, int[]> bands = new LinkedHashMap<>();
        int learners = 0;
        for (ClassData schoolClass : loaded.classes()) {
            Optional<RuleSet> rules = RuleSets.forClass(
                    Programme.GDTX,
                    schoolClass.grade(),
                    schoolClass.schoolYearStart().getYear());
            if (rules.isEmpty()) {
                continue;
            }
            Map<UUID, AbsenceCount> absences =
                    period == ResultPeriod.CN ? attendance.classAbsences(schoolClass.id()) : Map.of();
            List<LearnerYear> years = years(loaded, schoolClass, rules.get(), absences);
            learners += years.size();
            Map<Rating, Integer> classLearning = new EnumMap<>(Rating.class);
            Map<Rating, Integer> classConduct = new EnumMap<>(Rating.class);
            int classUnclassified = 0;
            int noConduct = 0;
            for (LearnerYear learner : years) {
                LearnerYear.Standing standing = learner.standing(period);
                Rating rating = standing.learningRating();
                if (rating == null) {
                    classUnclassified++;
                    unclassified[0]++;
                } else {
                    classLearning.merge(rating, 1, Integer::sum);
                    learning.merge(rating, 1, Integer::sum);
                }
                if (standing.conduct() == null) {
                    noConduct++;
                } else {
                    classConduct.merge(standing.conduct(), 1, Integer::sum);
                }
                for (LearnerYear.Subject subject : learner.subjects()) {
                    int[] counts = bands.computeIfAbsent(
                            new SubjectKey(subject.code(), subject.name(), subject.grading()),
                            k -> new int[BANDS.size()]);
                    counts[band(subject.result(period))]++;
                }
            }
            learningByClass.add(ratings(schoolClass.name(), classLearning, classUnclassified));
            conductByClass.add(ratings(schoolClass.name(), classConduct, noConduct));
        }
        List<CentreOverview.Distribution> bySubject = new ArrayList<>();
        bands.forEach((subject, counts) -> {
            List<CentreOverview.Bar> bars = new ArrayList<>();
            for (int i = 0; i < BANDS.size(); i++) {
                boolean scoreBand = i < 5;
                boolean levelBand = i == 5 || i == 6;
                boolean shown = i == BANDS.size() - 1
                        || (subject.grading() == Grading.SCORES ? scoreBand : levelBand)
                        || counts[i] > 0;
                if (shown) {
                    bars.add(new CentreOverview.Bar(BANDS.get(i), counts[i]));
                }
            }
            bySubject.add(new CentreOverview.Distribution(subject.name(), bars));
        });
        return new CentreOverview(
                year.name(),
                period,
                learners,
                ratings("", learning, unclassified[0]),
                learningByClass,
                conductByClass,
                bySubject);
    }

    /** The bars of an average's distribution, worst first; comment-only levels and "no result yet" last. */
    static final List<String> BANDS = List.of(
            "results.band.B0",
            "results.band.B35",
            "results.band.B5",
            "results.band.B65",
            "results.band.B8",
            "results.band.DAT",
            "results.band.CHUA_DAT",
            "results.band.NONE");

    private static final BigDecimal[] LIMITS = {
        new BigDecimal("3.5"), new BigDecimal("5.0"), new BigDecimal("6.5"), new BigDecimal("8.0")
    };

    static int band(SubjectResult result) {
        return switch (result) {
            case SubjectResult.Average average -> {
                int band = 0;
                while (band < LIMITS.length && average.value().isAtLeast(LIMITS[band])) {
                    band++;
                }
                yield band;
            }
            case SubjectResult.Commented commented -> commented.value() == CommentLevel.DAT ? 5 : 6;
            case SubjectResult.Incomplete incomplete -> 7;
        };
    }

    private static CentreOverview.Distribution ratings(String label, Map<Rating, Integer> counts, int none) {
        List<CentreOverview.Bar> bars = new ArrayList<>();
        for (Rating rating : Rating.values()) {
            bars.add(new CentreOverview.Bar(rating.messageKey(), counts.getOrDefault(rating, 0)));
        }
        bars.add(new CentreOverview.Bar("results.rating.none", none));
        return new CentreOverview.Distribution(label, bars);
    }

    // ---------------------------------------------------------------- the computation

    /**
     * Every learner's year in a class, in class-list order: each subject's semesters and year, the learning and
     * conduct results of each period, the re-tests and the decision. Pure: the rules on what was loaded.
     *
     * @param absences the learners' days absent; a learner without a count has none shown and no absence rule applied
     */
    static List<LearnerYear> years(
            Loaded loaded, ClassData schoolClass, RuleSet rules, Map<UUID, AbsenceCount> absences) {
        List<SubjectData> subjects = loaded.subjects().getOrDefault(schoolClass.id(), List.of());
        Map<UUID, AssessmentPlan> plans = new HashMap<>();
        for (SubjectData subject : subjects) {
            // The learning topics of the subject the class takes add their ĐĐGtx (TT 43/2021 Art. 9.1).
            plans.put(
                    subject.id(),
                    rules.plan(grading(subject), Math.max(1, subject.periodsPerYear()), subject.topics()));
        }
        List<LearnerYear> years = new ArrayList<>();
        for (Member member : loaded.members().getOrDefault(schoolClass.id(), List.of())) {
            UUID learnerId = member.learner().id();
            List<LearnerYear.Subject> lines = new ArrayList<>();
            for (SubjectData subject : subjects) {
                if (!subject.compulsory() && !member.combination().contains(subject.code())) {
                    continue;
                }
                AssessmentPlan plan = plans.get(subject.id());
                SubjectResult first =
                        semester(rules, plan, Semester.HK1, marks(loaded, schoolClass, member, subject, 1));
                SubjectResult second =
                        semester(rules, plan, Semester.HK2, marks(loaded, schoolClass, member, subject, 2));
                Mark retest = loaded.retests().get(new RetestKey(schoolClass.id(), learnerId, subject.id()));
                lines.add(new LearnerYear.Subject(
                        subject.id(),
                        subject.code(),
                        subject.name(),
                        plan.grading(),
                        first,
                        second,
                        rules.year(plan.grading(), first, second),
                        retest != null && plan.grading().accepts(retest) ? retest : null,
                        loaded.remarks().get(new RemarkKey(schoolClass.id(), learnerId, subject.id()))));
            }
            Rating conduct1 = loaded.conduct().get(new ConductKey(schoolClass.id(), learnerId, 1));
            Rating conduct2 = loaded.conduct().get(new ConductKey(schoolClass.id(), learnerId, 2));
            Rating conductYear = conduct1 != null && conduct2 != null ? rules.conduct(conduct1, conduct2) : null;
            LearningResult learning1 = rules.learning(outcomes(lines, ResultPeriod.HK1));
            LearningResult learning2 = rules.learning(outcomes(lines, ResultPeriod.HK2));
            List<SubjectOutcome> atYearEnd = outcomes(lines, ResultPeriod.CN);
            LearningResult learningYear = rules.learning(atYearEnd);
            AbsenceCount absence = absences.get(learnerId);
            int days = absence == null ? 0 : absence.daysForPromotion();

            Decision decision = null;
            List<String> toRetest = List.of();
            LearningResult learningAfter = learningYear;
            if (learningYear instanceof LearningResult.Classified classified && conductYear != null) {
                decision = rules.decide(YearStanding.atYearEnd(classified.rating(), conductYear, days));
                if (decision == Decision.KIEM_TRA_LAI) {
                    toRetest = rules.retestSubjects(atYearEnd);
                    Map<String, Mark> retests = new HashMap<>();
                    for (LearnerYear.Subject line : lines) {
                        if (line.retest() != null && toRetest.contains(line.code())) {
                            retests.put(line.code(), line.retest());
                        }
                    }
                    if (!retests.isEmpty()) {
                        learningAfter = rules.learning(rules.afterRetests(atYearEnd, retests));
                    }
                    if (!toRetest.isEmpty()
                            && retests.keySet().containsAll(toRetest)
                            && learningAfter instanceof LearningResult.Classified after) {
                        decision = rules.decide(new YearStanding(after.rating(), conductYear, days, true, false));
                    }
                }
            } else if (days > rules.parameters().promotion().absenceLimit()) {
                decision = Decision.O_LAI_LOP;
            }
            // Re-test marks of subjects that are not (or no longer) to re-test do not count.
            List<String> due = toRetest;
            List<LearnerYear.Subject> shown = lines.stream()
                    .map(line -> line.retest() == null || due.contains(line.code())
                            ? line
                            : new LearnerYear.Subject(
                                    line.subjectId(),
                                    line.code(),
                                    line.name(),
                                    line.grading(),
                                    line.first(),
                                    line.second(),
                                    line.yearAtYearEnd(),
                                    null,
                                    line.remark()))
                    .toList();
            years.add(new LearnerYear(
                    learnerId,
                    member.learner().code(),
                    member.learner().name(),
                    schoolClass.id(),
                    schoolClass.name(),
                    schoolClass.grade(),
                    schoolClass.schoolYearName(),
                    rules.id(),
                    shown,
                    new LearnerYear.Standing(learning1, conduct1),
                    new LearnerYear.Standing(learning2, conduct2),
                    new LearnerYear.Standing(learningAfter, conductYear),
                    learningYear,
                    toRetest,
                    absence,
                    decision,
                    loaded.remarks().get(new RemarkKey(schoolClass.id(), learnerId, null))));
        }
        return years;
    }

    private static List<SubjectOutcome> outcomes(List<LearnerYear.Subject> lines, ResultPeriod period) {
        return lines.stream()
                .map(line -> new SubjectOutcome(
                        line.code(), period == ResultPeriod.CN ? line.yearAtYearEnd() : line.result(period)))
                .toList();
    }

    private static SemesterMarks marks(
            Loaded loaded, ClassData schoolClass, Member member, SubjectData subject, int semester) {
        Map<MarkSlot, Mark> marks = loaded.marks()
                .get(new MarkKey(schoolClass.id(), member.learner().id(), subject.id(), semester));
        return marks == null ? SemesterMarks.NONE : new SemesterMarks(marks);
    }

    /** The semester result; marks that no longer fit the plan (a column removed, the grading changed) are ignored. */
    private static SubjectResult semester(RuleSet rules, AssessmentPlan plan, Semester semester, SemesterMarks marks) {
        Map<MarkSlot, Mark> fitting = new HashMap<>();
        marks.marks().forEach((slot, mark) -> {
            if (plan.has(slot) && plan.grading().accepts(mark)) {
                fitting.put(slot, mark);
            }
        });
        return rules.semester(semester, plan, new SemesterMarks(fitting));
    }

    private static Grading grading(SubjectData subject) {
        return subject.scored() ? Grading.SCORES : Grading.COMMENTS;
    }

    // ---------------------------------------------------------------- helpers

    private static ClassData classOf(Loaded loaded, UUID classId) {
        return loaded.classes().stream()
                .filter(c -> c.id().equals(classId))
                .findFirst()
                .orElseThrow(() -> GradebookRejection.of(Kind.NOT_FOUND, "gradebook.class.notFound"));
    }

    private static RuleSet rules(ClassData schoolClass) {
        return RuleSets.forClass(
                        Programme.GDTX,
                        schoolClass.grade(),
                        schoolClass.schoolYearStart().getYear())
                .orElseThrow(() -> GradebookRejection.of(
                        Kind.CONFLICT, "gradebook.rules.none", schoolClass.grade(), schoolClass.schoolYearName()));
    }

    private java.util.Set<UUID> ownLearnerIds() {
        if (!CurrentUser.hasRole("LEARNER") && !CurrentUser.hasRole("GUARDIAN")) {
            return java.util.Set.of();
        }
        return people.ownLearnerIds();
    }

    private @Nullable UUID me() {
        if (!CurrentUser.hasRole("TEACHER") && !CurrentUser.hasRole("DIRECTOR")) {
            return null;
        }
        return reads.staffOf(Callers.accountId()).orElse(null);
    }
}
