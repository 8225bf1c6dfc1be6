package vn.edu.ecenter.gradebook.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.edu.ecenter.gradebook.ClassResults;
import vn.edu.ecenter.gradebook.GradebookRejection;
import vn.edu.ecenter.gradebook.GradebookRejection.Kind;
import vn.edu.ecenter.gradebook.LearnerYear;
import vn.edu.ecenter.gradebook.attendance.AbsenceCount;
import vn.edu.ecenter.gradebook.internal.ResultsReads.ClassData;
import vn.edu.ecenter.gradebook.internal.ResultsReads.Loaded;
import vn.edu.ecenter.gradebook.prints.CentreHeading;
import vn.edu.ecenter.gradebook.prints.ClassSchoolRecords;
import vn.edu.ecenter.gradebook.prints.ClassSummarySheet;
import vn.edu.ecenter.gradebook.prints.LearnerParticulars;
import vn.edu.ecenter.gradebook.prints.ListedLearner;
import vn.edu.ecenter.gradebook.prints.Ratings;
import vn.edu.ecenter.gradebook.prints.SchoolRecord;
import vn.edu.ecenter.gradebook.prints.SchoolRecordSource;
import vn.edu.ecenter.gradebook.prints.SchoolRecordYear;
import vn.edu.ecenter.gradebook.prints.Signature;
import vn.edu.ecenter.gradebook.prints.Signer;
import vn.edu.ecenter.gradebook.prints.SummaryPeriod;
import vn.edu.ecenter.gradebook.rules.Mark;
import vn.edu.ecenter.gradebook.rules.SubjectResult;
import vn.edu.ecenter.people.Address;
import vn.edu.ecenter.people.GuardianView;
import vn.edu.ecenter.people.LearnerDetails;
import vn.edu.ecenter.people.LearnerSummary;
import vn.edu.ecenter.people.LearnerView;
import vn.edu.ecenter.people.People;

/**
 * Fills the print models of the gradebook from the computed results: the class summary sheet from {@code
 * Results.classResults}, a learner's học bạ from their years ({@link ResultsService#recordYears}) and their particulars
 * from the people module. Also the {@link SchoolRecordSource} of the class batch print. The prints always speak
 * Vietnamese, whatever the reader's language. Runs inside its caller's transaction: opening a learner's profile writes
 * the people module's access log, so the học bạ is read in a read-write transaction.
 */
@Component
class SchoolRecords implements SchoolRecordSource {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private final ResultsService results;
    private final ResultsReads reads;
    private final People people;
    private final MessageSource messages;

    SchoolRecords(ResultsService results, ResultsReads reads, People people, MessageSource messages) {
        this.results = results;
        this.reads = reads;
        this.people = people;
        this.messages = messages;
    }

    // ---------------------------------------------------------------- class summary sheet

    ClassSummarySheet summarySheet(ClassResults summary) {
        Loaded loaded = reads.load(List.of(summary.classId()));
        @Nullable
        UUID homeroomId =
                loaded.classes().isEmpty() ? null : loaded.classes().getFirst().homeroomId();
        List<LearnerSummary> found = people.learners(
                summary.rows().stream().map(ClassResults.Row::learnerId).toList());
        List<ClassSummarySheet.Line> lines = new ArrayList<>();
        for (ClassResults.Row row : summary.rows()) {
            @Nullable
            LocalDate birthDate = found.stream()
                    .filter(learner -> learner.id().equals(row.learnerId()))
                    .map(LearnerSummary::birthDate)
                    .findFirst()
                    .orElse(null);
            List<@Nullable Mark> averages = new ArrayList<>();
            row.results().forEach(result -> averages.add(mark(result)));
            AbsenceCount absences = row.absences();
            lines.add(new ClassSummarySheet.Line(
                    new ListedLearner(row.code(), row.name(), birthDate),
                    averages,
                    row.learning(),
                    row.conduct(),
                    absences == null ? 0 : days(absences.excused()),
                    absences == null ? 0 : days(absences.unexcused()),
                    row.decision()));
        }
        return new ClassSummarySheet(
                heading(),
                summary.schoolYearName(),
                summary.className(),
                SummaryPeriod.valueOf(summary.period().name()),
                summary.subjects().stream().map(ClassResults.Subject::name).toList(),
                reads.staffName(homeroomId).orElse(null),
                reads.directorName().orElse(null),
                LocalDate.now(),
                lines);
    }

    // ---------------------------------------------------------------- học bạ

    /** The học bạ of one learner, page 1 from the people module, one page per school year (rights: see recordYears). */
    SchoolRecord learnerRecord(UUID learnerId) {
        return learnerRecord(learnerId, true);
    }

    /**
     * The học bạ of one learner; {@code checkRights = false} for the học bạ số workflow, which has decided already that
     * the caller signs a year of it (the homeroom teacher of that year's class, who may no longer lead the learner).
     */
    SchoolRecord learnerRecord(UUID learnerId, boolean checkRights) {
        String name = people.learners(List.of(learnerId)).stream()
                .findFirst()
                .map(found -> found.name().fullName())
                .orElse("");
        List<LearnerYear> years = results.recordYears(learnerId, name, checkRights);
        return record(particulars(learnerId), years, new Lookups());
    }

    /**
     * The học bạ of every learner of the class, page 1 filled from the people module as for one learner. Called by the
     * batch print job, which acts with the roles of whoever started it (checked then, {@link ClassPrintsService}).
     */
    @Override
    public Optional<ClassSchoolRecords> classRecords(UUID classId) {
        Loaded loaded = reads.load(List.of(classId));
        if (loaded.classes().isEmpty()) {
            return Optional.empty();
        }
        ClassData schoolClass = loaded.classes().getFirst();
        List<ResultsReads.Member> members = loaded.members().getOrDefault(classId, List.of());
        Lookups lookups = new Lookups();
        Map<UUID, List<LearnerYear>> years = results.classRecordYears(classId);
        List<SchoolRecord> records = new ArrayList<>();
        for (ResultsReads.Member member : members) {
            UUID learner = member.learner().id();
            records.add(record(particulars(learner), years.getOrDefault(learner, List.of()), lookups));
        }
        return Optional.of(new ClassSchoolRecords(schoolClass.name(), schoolClass.schoolYearName(), records));
    }

    /**
     * Page 1 of the học bạ from the learner's profile and guardians (opening the profile is logged by people). The same
     * fields make the page-1 digest of the học bạ số fingerprint ({@link ResultsReads.Member#particulars}, computed in
     * SQL without opening profiles): a field added here belongs there too.
     */
    private LearnerParticulars particulars(UUID learnerId) {
        LearnerView learner = people.openLearner(learnerId)
                .orElseThrow(() -> GradebookRejection.of(Kind.NOT_FOUND, "results.record.unknownLearner"));
        LearnerDetails details = learner.details();
        List<String> guardians =
                people.guardiansOf(learnerId).stream().map(this::guardian).toList();
        return new LearnerParticulars(
                details.code(),
                details.name(),
                details.birthDate(),
                details.sex(),
                details.birthPlace(),
                details.ethnicity(),
                learner.maskedCitizenId(),
                address(details.address()),
                guardians.isEmpty() ? null : String.join("; ", guardians),
                null);
    }

    /** What several học bạ of one print share: each class's data and each signer's name, read once. */
    private final class Lookups {
        private final Map<UUID, Loaded> classes = new HashMap<>();
        private final Map<UUID, Optional<String>> staff = new HashMap<>();
        private @Nullable Signature director;

        Loaded classData(UUID classId) {
            return classes.computeIfAbsent(classId, id -> reads.load(List.of(id)));
        }

        @Nullable
        String staffName(@Nullable UUID staffId) {
            return staffId == null
                    ? null
                    : staff.computeIfAbsent(staffId, reads::staffName).orElse(null);
        }

        Signature director() {
            if (director == null) {
                director = Signature.of(Signer.DIRECTOR, reads.directorName().orElse(null));
            }
            return director;
        }
    }

    private SchoolRecord record(LearnerParticulars particulars, List<LearnerYear> years, Lookups lookups) {
        List<SchoolRecordYear> pages = new ArrayList<>();
        for (LearnerYear year : years) {
            Loaded loaded = lookups.classData(year.classId());
            @Nullable UUID homeroomId = loaded.classes().getFirst().homeroomId();
            List<SchoolRecordYear.SubjectLine> subjects = new ArrayList<>();
            for (LearnerYear.Subject subject : year.subjects()) {
                @Nullable
                String teacher = loaded.subjects().getOrDefault(year.classId(), List.of()).stream()
                        .filter(s -> s.id().equals(subject.subjectId()))
                        .findFirst()
                        .map(s -> lookups.staffName(s.teacherId()))
                        .orElse(null);
                subjects.add(new SchoolRecordYear.SubjectLine(
                        subject.name(),
                        mark(subject.first()),
                        mark(subject.second()),
                        mark(subject.yearAtYearEnd()),
                        subject.retest(),
                        subject.remark(),
                        teacher));
            }
            AbsenceCount absences = year.absences();
            pages.add(new SchoolRecordYear(
                    year.grade(),
                    year.className(),
                    year.schoolYearName(),
                    subjects,
                    new Ratings(
                            year.first().conduct(),
                            year.second().conduct(),
                            year.year().conduct()),
                    new Ratings(
                            year.first().learningRating(),
                            year.second().learningRating(),
                            year.year().learningRating()),
                    absences == null ? 0 : days(absences.excused()),
                    absences == null ? 0 : days(absences.unexcused()),
                    year.decision(),
                    Graduation.yearAverage(year),
                    year.homeroomRemark(),
                    Signature.of(Signer.HOMEROOM_TEACHER, lookups.staffName(homeroomId)),
                    lookups.director(),
                    null));
        }
        // The learner code is the mã học sinh of the sector database, which the học bạ carries as its number.
        return new SchoolRecord(
                heading(),
                particulars,
                particulars.code(),
                LocalDate.now(),
                lookups.director(),
                pages,
                Graduation.averageOfYears(years));
    }

    // ---------------------------------------------------------------- helpers

    /** The file name of a summary sheet, e.g. "Bảng tổng hợp kết quả lớp 10A1 Học kỳ I năm học 2025-2026.pdf". */
    String summaryFilename(ClassResults summary) {
        return messages.getMessage(
                "results.print.summaryFile",
                new Object[] {
                    summary.className(),
                    messages.getMessage(summary.period().messageKey(), null, VIETNAMESE),
                    summary.schoolYearName()
                },
                VIETNAMESE);
    }

    /** The file name of a học bạ, e.g. "Học bạ Trần Văn An.pdf". */
    String recordFilename(SchoolRecord record) {
        return messages.getMessage(
                "results.print.recordFile",
                new Object[] {
                    record.learner().name().fullName(), record.learner().code()
                },
                VIETNAMESE);
    }

    CentreHeading heading() {
        String[] centre = reads.centreNameAndAddress().orElse(new String[] {"", ""});
        return new CentreHeading("", centre[0], centre[1]);
    }

    private String guardian(GuardianView guardian) {
        String relation = messages.getMessage(
                "people.relation." + guardian.relation().name(),
                null,
                guardian.relation().name(),
                VIETNAMESE);
        return guardian.name().fullName() + " (" + relation.toLowerCase(VIETNAMESE) + ")";
    }

    private static @Nullable String address(Address address) {
        if (address.oldAddress() != null && !address.oldAddress().isBlank()) {
            return address.oldAddress();
        }
        List<String> parts = new ArrayList<>();
        for (@Nullable String part : new @Nullable String[] {address.street(), address.ward(), address.province()}) {
            if (part != null && !part.isBlank()) {
                parts.add(part.strip());
            }
        }
        return parts.isEmpty() ? null : String.join(", ", parts);
    }

    static @Nullable Mark mark(@Nullable SubjectResult result) {
        return switch (result) {
            case null -> null;
            case SubjectResult.Average average -> average.value();
            case SubjectResult.Commented commented -> commented.value();
            case SubjectResult.Incomplete incomplete -> null;
        };
    }

    /** Whole days for the form: half days are rounded up, as the 45-day limit counts them. */
    private static int days(BigDecimal days) {
        return days.setScale(0, RoundingMode.CEILING).intValueExact();
    }
}
