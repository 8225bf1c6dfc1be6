package vn.edu.ecenter.gradebook.attendance.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.edu.ecenter.academics.Academics;
import vn.edu.ecenter.academics.CalendarDay;
import vn.edu.ecenter.academics.ClassSession;
import vn.edu.ecenter.academics.ClassView;
import vn.edu.ecenter.centres.Centres;
import vn.edu.ecenter.centres.SchoolYearView;
import vn.edu.ecenter.centres.SemesterView;
import vn.edu.ecenter.gradebook.attendance.AbsenceCount;
import vn.edu.ecenter.gradebook.attendance.AbsenceRule;
import vn.edu.ecenter.gradebook.attendance.Attendance;
import vn.edu.ecenter.gradebook.attendance.AttendanceEntry;
import vn.edu.ecenter.gradebook.attendance.AttendanceRejected;
import vn.edu.ecenter.gradebook.attendance.AttendanceRejected.Problem;
import vn.edu.ecenter.gradebook.attendance.AttendanceStatus;
import vn.edu.ecenter.gradebook.attendance.Correction;
import vn.edu.ecenter.gradebook.attendance.DaySheet;
import vn.edu.ecenter.gradebook.attendance.LearnerAttendance;
import vn.edu.ecenter.gradebook.attendance.LearnerMarkedAbsent;
import vn.edu.ecenter.gradebook.attendance.MonthSheet;
import vn.edu.ecenter.gradebook.attendance.internal.AttendanceRecords.Change;
import vn.edu.ecenter.gradebook.attendance.internal.AttendanceRecords.Learner;
import vn.edu.ecenter.gradebook.attendance.internal.AttendanceRecords.Mark;
import vn.edu.ecenter.gradebook.attendance.internal.AttendanceRecords.Recorded;
import vn.edu.ecenter.people.LearnerSummary;
import vn.edu.ecenter.platform.audit.AuditRecord;
import vn.edu.ecenter.platform.audit.AuditTrail;
import vn.edu.ecenter.platform.clock.BusinessClock;
import vn.edu.ecenter.platform.security.CurrentUser;
import vn.edu.ecenter.platform.web.Rejected;
import vn.edu.ecenter.shared.VietnameseText;

/**
 * Attendance: checks a day before it is written (all or nothing), keeps every correction, publishes each new absence,
 * and builds the sheets with the days absent counted by the {@link AbsenceRule}. The SQL is in {@link
 * AttendanceRecords}, who may do what in {@link AttendanceRights}.
 */
@Service
@Transactional(readOnly = true)
class AttendanceService implements Attendance {

    private final AttendanceRecords records;
    private final Academics academics;
    private final Centres centres;
    private final AttendanceRights rights;
    private final AuditTrail audit;
    private final BusinessClock clock;
    private final ApplicationEventPublisher events;
    private final AbsenceRule rule;

    AttendanceService(
            AttendanceRecords records,
            Academics academics,
            Centres centres,
            AttendanceRights rights,
            AuditTrail audit,
            BusinessClock clock,
            ApplicationEventPublisher events,
            AbsenceRule rule) {
        this.records = records;
        this.academics = academics;
        this.centres = centres;
        this.rights = rights;
        this.audit = audit;
        this.clock = clock;
        this.events = events;
        this.rule = rule;
    }

    // ---------------------------------------------------------------- recording

    @Override
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public DaySheet record(
            UUID classId, LocalDate date, @Nullable ClassSession session, List<AttendanceEntry> entries) {
        ClassView schoolClass = classOf(classId);
        rights.checkMayRecord(classId);
        SchoolYearView year = yearOf(schoolClass);
        checkDate(schoolClass, year, date);
        if (entries.isEmpty()) {
            throw new AttendanceRejected(List.of(), "attendance.entries.empty", day(date));
        }
        ClassSession chosen = session == null ? schoolClass.session() : session;
        records.lock(classId, date, chosen);
        Map<UUID, Learner> members = records.membersBetween(classId, date, date);
        checkEntries(schoolClass, date, entries, members);

        Map<UUID, Recorded> before = records.recorded(classId, date, chosen);
        checkNothingChangedMeanwhile(entries, before, members);
        List<Change> added = new ArrayList<>();
        List<Change> changed = new ArrayList<>();
        for (AttendanceEntry entry : entries) {
            Change change = new Change(learnerId(entry), status(entry));
            Recorded old = before.get(change.learnerId());
            if (old == null) {
                added.add(change);
            } else if (old.status() != change.status()) {
                changed.add(change);
            }
        }
        String actor = CurrentUser.actor();
        Instant now = clock.instant();
        if (!added.isEmpty()) {
            records.insert(classId, date, chosen, year.id(), added, actor, now);
        }
        if (!changed.isEmpty()) {
            records.correct(classId, date, chosen, changed, before, actor, now);
            audit(classId, date, chosen, changed, before);
        }
        for (AttendanceEntry entry : entries) {
            Recorded old = before.get(entry.learnerId());
            AttendanceStatus status = status(entry);
            if (status.absent() && (old == null || !old.status().absent())) {
                events.publishEvent(new LearnerMarkedAbsent(learnerId(entry), classId, date, chosen, status));
            }
        }
        return sheet(schoolClass, year, date, chosen, true);
    }

    /**
     * Refuses the day (409, nothing written) when an entry says what its writer saw and the learner's status has been
     * changed since by somebody else to something other than what the writer chose: the writer sees the current status
     * and who set it, and decides again.
     */
    private static void checkNothingChangedMeanwhile(
            List<AttendanceEntry> entries, Map<UUID, Recorded> before, Map<UUID, Learner> members) {
        List<Problem> conflicts = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            AttendanceEntry entry = entries.get(i);
            if (entry.seen() == null) {
                continue;
            }
            Recorded now = before.get(entry.learnerId());
            AttendanceStatus current = now == null ? null : now.status();
            if (current != seenStatus(entry) && current != entry.status()) {
                conflicts.add(new Problem(
                        i + 1,
                        entry.learnerId(),
                        "attendance.item.changedMeanwhile",
                        List.of(
                                members.get(entry.learnerId()).label(),
                                current == null
                                        ? new DefaultMessageSourceResolvable("attendance.day.none")
                                        : new DefaultMessageSourceResolvable("attendance.status." + current),
                                now == null ? "" : now.by())));
            }
        }
        if (!conflicts.isEmpty()) {
            throw AttendanceRejected.conflict(conflicts, "attendance.day.changedMeanwhile", conflicts.size());
        }
    }

    private static String seenText(AttendanceEntry entry) {
        return entry.seen() == null || entry.seen().isBlank()
                ? AttendanceEntry.NONE
                : entry.seen().strip().toUpperCase(java.util.Locale.ROOT);
    }

    /** The status the entry's writer saw; null for none recorded (or a value that names no status). */
    private static @Nullable AttendanceStatus seenStatus(AttendanceEntry entry) {
        try {
            return AttendanceStatus.valueOf(seenText(entry));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The corrections in the audit trail: one entry per save, with the statuses before and after by learner. */
    private void audit(
            UUID classId, LocalDate date, ClassSession session, List<Change> changed, Map<UUID, Recorded> before) {
        Map<String, String> oldValues = new TreeMap<>();
        Map<String, String> newValues = new TreeMap<>();
        for (Change change : changed) {
            oldValues.put(
                    change.learnerId().toString(),
                    before.get(change.learnerId()).status().name());
            newValues.put(change.learnerId().toString(), change.status().name());
        }
        audit.record(AuditRecord.of("attendance.corrected", "school_class", classId.toString())
                .values(
                        Map.of("date", date.toString(), "session", session.name(), "statuses", oldValues),
                        Map.of("date", date.toString(), "session", session.name(), "statuses", newValues)));
    }

    /**
     * A date can be recorded when it is in the class's school year, that year is the current one, the date is a school
     * day of its calendar (not a Sunday, not a holiday) and it is not after today.
     */
    private void checkDate(ClassView schoolClass, SchoolYearView year, LocalDate date) {
        if (date.isBefore(year.startsOn()) || date.isAfter(year.endsOn())) {
            throw new AttendanceRejected(
                    List.of(),
                    "attendance.date.outsideYear",
                    day(date),
                    year.name(),
                    schoolClass.name(),
                    day(year.startsOn()),
                    day(year.endsOn()));
        }
        boolean currentYear = centres.currentSchoolYear()
                .map(current -> current.id().equals(year.id()))
                .orElse(false);
        if (!currentYear) {
            throw new AttendanceRejected(List.of(), "attendance.year.notCurrent", schoolClass.name(), year.name());
        }
        if (!academics.isSchoolDay(date)) {
            Optional<CalendarDay> holiday = academics.calendar(year.id()).stream()
                    .filter(marked -> marked.day().equals(date) && marked.kind() == CalendarDay.Kind.HOLIDAY)
                    .findFirst();
            throw holiday.isPresent()
                    ? new AttendanceRejected(
                            List.of(),
                            "attendance.date.holiday",
                            day(date),
                            holiday.get().name())
                    : new AttendanceRejected(List.of(), "attendance.date.notSchoolDay", day(date));
        }
        LocalDate today = clock.today();
        if (date.isAfter(today)) {
            throw new AttendanceRejected(List.of(), "attendance.date.future", day(date), day(today));
        }
    }

    /** Every item in error, each with its own message, or nothing. */
    private void checkEntries(
            ClassView schoolClass, LocalDate date, List<AttendanceEntry> entries, Map<UUID, Learner> members) {
        Set<UUID> unknown = new HashSet<>();
        for (AttendanceEntry entry : entries) {
            if (entry.learnerId() != null && !members.containsKey(entry.learnerId())) {
                unknown.add(entry.learnerId());
            }
        }
        Map<UUID, Learner> outsiders = records.learners(unknown);
        List<Problem> problems = new ArrayList<>();
        Map<UUID, Integer> seen = new HashMap<>();
        for (int i = 0; i < entries.size(); i++) {
            int item = i + 1;
            AttendanceEntry entry = entries.get(i);
            UUID learnerId = entry.learnerId();
            if (learnerId == null) {
                problems.add(new Problem(item, null, "attendance.item.learnerMissing", List.of(item)));
                continue;
            }
            Learner member = members.get(learnerId);
            Learner known = member != null ? member : outsiders.get(learnerId);
            String label = known == null ? learnerId.toString() : known.label();
            Integer first = seen.putIfAbsent(learnerId, item);
            if (first != null) {
                problems.add(new Problem(item, learnerId, "attendance.item.duplicate", List.of(item, label, first)));
            } else if (member == null) {
                problems.add(new Problem(
                        item,
                        learnerId,
                        known == null ? "attendance.item.unknownLearner" : "attendance.item.notInClass",
                        List.of(item, label, schoolClass.name(), day(date))));
            }
            if (entry.status() == null) {
                problems.add(new Problem(item, learnerId, "attendance.item.statusMissing", List.of(item, label)));
            }
            if (entry.seen() != null && seenStatus(entry) == null && !AttendanceEntry.NONE.equals(seenText(entry))) {
                problems.add(new Problem(item, learnerId, "attendance.item.seenUnknown", List.of(item, label)));
            }
        }
        if (!problems.isEmpty()) {
            long items = problems.stream().mapToInt(Problem::item).distinct().count();
            throw new AttendanceRejected(problems, "attendance.day.rejected", day(date), items);
        }
    }

    // ---------------------------------------------------------------- reading

    @Override
    @PreAuthorize("isAuthenticated()")
    public DaySheet daySheet(UUID classId, LocalDate date, @Nullable ClassSession session) {
        ClassView schoolClass = classOf(classId);
        boolean mayRecord = rights.checkMayRead(classId);
        return sheet(
                schoolClass, yearOf(schoolClass), date, session == null ? schoolClass.session() : session, mayRecord);
    }

    private DaySheet sheet(
            ClassView schoolClass, SchoolYearView year, LocalDate date, ClassSession session, boolean mayRecord) {
        Map<UUID, Learner> members = records.membersBetween(schoolClass.id(), date, date);
        Map<UUID, Recorded> statuses = records.recorded(schoolClass.id(), date, session);
        Map<UUID, Learner> all = new HashMap<>(members);
        all.putAll(records.learners(statuses.keySet().stream()
                .filter(id -> !members.containsKey(id))
                .toList()));
        Map<UUID, AbsenceCount> counts = counts(all.keySet(), year.id());
        List<Learner> ordered = AttendanceRecords.inClassListOrder(all.values());
        List<DaySheet.Row> rows = new ArrayList<>(ordered.size());
        for (Learner learner : ordered) {
            Recorded status = statuses.get(learner.id());
            rows.add(new DaySheet.Row(
                    rows.size() + 1,
                    learner.id(),
                    learner.code(),
                    learner.name(),
                    status == null ? null : status.status(),
                    status != null && status.corrected(),
                    members.containsKey(learner.id()),
                    counts.get(learner.id())));
        }
        Optional<Recorded> last = statuses.values().stream().max(Comparator.comparing(Recorded::at));
        return new DaySheet(
                schoolClass.id(),
                schoolClass.name(),
                year.id(),
                date,
                session,
                schoolClass.session(),
                academics.isSchoolDay(date),
                mayRecord,
                last.map(Recorded::by).orElse(null),
                last.map(Recorded::at).orElse(null),
                schoolDayBefore(date, year),
                schoolDayAfter(date, year),
                rows);
    }

    private @Nullable LocalDate schoolDayBefore(LocalDate date, SchoolYearView year) {
        for (LocalDate day = date.minusDays(1);
                !day.isBefore(year.startsOn()) && day.isAfter(date.minusDays(15));
                day = day.minusDays(1)) {
            if (academics.isSchoolDay(day)) {
                return day;
            }
        }
        return null;
    }

    private @Nullable LocalDate schoolDayAfter(LocalDate date, SchoolYearView year) {
        LocalDate last = year.endsOn().isBefore(clock.today()) ? year.endsOn() : clock.today();
        for (LocalDate day = date.plusDays(1);
                !day.isAfter(last) && day.isBefore(date.plusDays(15));
                day = day.plusDays(1)) {
            if (academics.isSchoolDay(day)) {
                return day;
            }
        }
        return null;
    }

    @Override
    @PreAuthorize("isAuthenticated()")
    public List<Correction> corrections(UUID classId, LocalDate date) {
        classOf(classId);
        rights.checkMayRead(classId);
        return records.corrections(classId, date);
    }

    @Override
    @PreAuthorize("isAuthenticated()")
    public MonthSheet monthSheet(UUID classId, YearMonth month) {
        ClassView schoolClass = classOf(classId);
        rights.checkMayRead(classId);
        SchoolYearView year = yearOf(schoolClass);
        LocalDate from = max(month.atDay(1), year.startsOn());
        LocalDate to = min(month.atEndOfMonth(), year.endsOn());
        List<Mark> marks = from.isAfter(to) ? List.of() : records.marks(classId, from, to);
        TreeSet<LocalDate> days = new TreeSet<>();
        marks.forEach(mark -> days.add(mark.day()));
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            if (academics.isSchoolDay(day)) {
                days.add(day);
            }
        }
        Map<UUID, Learner> members = from.isAfter(to) ? Map.of() : records.membersBetween(classId, from, to);
        Map<UUID, Learner> all = new HashMap<>(members);
        all.putAll(records.learners(marks.stream()
                .map(Mark::learnerId)
                .filter(id -> !members.containsKey(id))
                .distinct()
                .toList()));
        Map<UUID, AbsenceCount> years = counts(all.keySet(), year.id());
        AbsenceRule monthRule =
                new AbsenceRule(rule.daysPerSession(), 0, rule.warningDays(), rule.alertDays(), rule.limitDays());
        List<LocalDate> dayList = List.copyOf(days);
        List<MonthSheet.Row> rows = new ArrayList<>();
        for (Learner learner : AttendanceRecords.inClassListOrder(all.values())) {
            List<Mark> own = marks.stream()
                    .filter(mark -> mark.learnerId().equals(learner.id()))
                    .sorted(Comparator.comparing(Mark::session))
                    .toList();
            List<List<AttendanceStatus>> cells = dayList.stream()
                    .map(day -> own.stream()
                            .filter(mark -> mark.day().equals(day))
                            .map(Mark::status)
                            .toList())
                    .toList();
            rows.add(new MonthSheet.Row(
                    rows.size() + 1,
                    learner.id(),
                    learner.code(),
                    learner.name(),
                    cells,
                    monthRule.count(own.stream()
                            .map(mark -> new AbsenceRule.Mark(mark.day(), mark.status()))
                            .toList()),
                    years.get(learner.id()),
                    members.containsKey(learner.id())));
        }
        YearMonth first = YearMonth.from(year.startsOn());
        YearMonth last = YearMonth.from(min(year.endsOn(), clock.today()));
        return new MonthSheet(
                classId,
                schoolClass.name(),
                month,
                dayList,
                rows,
                month.isAfter(first) ? month.minusMonths(1) : null,
                month.isBefore(last) ? month.plusMonths(1) : null);
    }

    @Override
    @PreAuthorize("isAuthenticated()")
    public AbsenceCount absenceDays(UUID learnerId, UUID schoolYearId) {
        rights.checkMayReadLearner(learnerId, schoolYearId);
        return counts(Set.of(learnerId), schoolYearId).get(learnerId);
    }

    @Override
    @PreAuthorize("isAuthenticated()")
    public Map<UUID, AbsenceCount> classAbsences(UUID classId) {
        ClassView schoolClass = classOf(classId);
        rights.checkMayRead(classId);
        List<UUID> learners = records.everEnrolled(classId);
        return counts(learners, schoolClass.schoolYearId());
    }

    @Override
    @PreAuthorize("isAuthenticated()")
    public Map<UUID, AbsenceCount> classAbsences(UUID classId, int semester) {
        ClassView schoolClass = classOf(classId);
        rights.checkMayRead(classId);
        SemesterView dates = yearOf(schoolClass).semesters().stream()
                .filter(s -> s.number() == semester)
                .findFirst()
                .orElseThrow(() -> Rejected.notFound("attendance.semester.notFound", semester));
        List<UUID> learners = records.everEnrolled(classId);
        Map<UUID, List<AbsenceRule.Mark>> marks = records.missedMarks(learners, schoolClass.schoolYearId());
        Map<UUID, AbsenceCount> counts = new HashMap<>();
        for (UUID learnerId : learners) {
            counts.put(
                    learnerId,
                    rule.count(marks.getOrDefault(learnerId, List.of()).stream()
                            .filter(m -> !m.day().isBefore(dates.startsOn())
                                    && !m.day().isAfter(dates.endsOn()))
                            .toList()));
        }
        return counts;
    }

    @Override
    @PreAuthorize("isAuthenticated()")
    public Map<UUID, AbsenceCount> absencesForRecord(Collection<UUID> learnerIds, UUID schoolYearId) {
        return learnerIds.isEmpty() ? Map.of() : counts(learnerIds, schoolYearId);
    }

    @Override
    @PreAuthorize("hasAnyRole('LEARNER', 'GUARDIAN')")
    public List<LearnerAttendance> myAttendance() {
        List<LearnerSummary> own = rights.ownLearners();
        Optional<SchoolYearView> year = centres.currentSchoolYear();
        if (own.isEmpty()) {
            return List.of();
        }
        List<UUID> ids = own.stream().map(LearnerSummary::id).toList();
        Map<UUID, String> classes =
                year.map(current -> records.activeClassNames(ids, current.id())).orElse(Map.of());
        Map<UUID, List<LearnerAttendance.Missed>> missed =
                year.map(current -> records.missedSessions(ids, current.id())).orElse(Map.of());
        return own.stream()
                .map(learner -> {
                    List<LearnerAttendance.Missed> sessions = missed.getOrDefault(learner.id(), List.of());
                    return new LearnerAttendance(
                            learner.id(),
                            learner.code(),
                            learner.name(),
                            classes.get(learner.id()),
                            year.map(SchoolYearView::name).orElse(null),
                            rule.count(sessions.stream()
                                    .map(m -> new AbsenceRule.Mark(m.date(), m.status()))
                                    .toList()),
                            List.copyOf(sessions));
                })
                .toList();
    }

    @Override
    public AbsenceRule rule() {
        return rule;
    }

    // ---------------------------------------------------------------- queries

    private ClassView classOf(UUID classId) {
        return academics.schoolClass(classId).orElseThrow(() -> Rejected.notFound("attendance.class.notFound"));
    }

    private SchoolYearView yearOf(ClassView schoolClass) {
        return centres.schoolYears().stream()
                .filter(year -> year.id().equals(schoolClass.schoolYearId()))
                .findFirst()
                .orElseThrow(() -> Rejected.notFound("attendance.class.notFound"));
    }

    /** Days absent in a school year of each learner (every learner given gets a count). */
    private Map<UUID, AbsenceCount> counts(Collection<UUID> learnerIds, UUID schoolYearId) {
        Map<UUID, List<AbsenceRule.Mark>> marks = records.missedMarks(learnerIds, schoolYearId);
        Map<UUID, AbsenceCount> counts = new HashMap<>();
        for (UUID learnerId : learnerIds) {
            counts.put(learnerId, rule.count(marks.getOrDefault(learnerId, List.of())));
        }
        return counts;
    }

    // ---------------------------------------------------------------- helpers

    /** The learner of an entry already checked. */
    private static UUID learnerId(AttendanceEntry entry) {
        UUID id = entry.learnerId();
        if (id == null) {
            throw new IllegalStateException("Entry not checked: " + entry);
        }
        return id;
    }

    /** The status of an entry already checked. */
    private static AttendanceStatus status(AttendanceEntry entry) {
        AttendanceStatus status = entry.status();
        if (status == null) {
            throw new IllegalStateException("Entry not checked: " + entry);
        }
        return status;
    }

    private static String day(LocalDate date) {
        return VietnameseText.DATE.format(date);
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
