package vn.edu.ecenter.gradebook.internal;

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
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.edu.ecenter.gradebook.ClassPrints;
import vn.edu.ecenter.gradebook.Gradebook;
import vn.edu.ecenter.gradebook.GradebookRejection;
import vn.edu.ecenter.gradebook.GradebookRejection.Kind;
import vn.edu.ecenter.gradebook.ResultPrints.PrintedFile;
import vn.edu.ecenter.gradebook.ScoreCell;
import vn.edu.ecenter.gradebook.ScoreRow;
import vn.edu.ecenter.gradebook.ScoreSheet;
import vn.edu.ecenter.gradebook.internal.ResultsReads.ClassData;
import vn.edu.ecenter.gradebook.prints.AssessmentBookPage;
import vn.edu.ecenter.gradebook.prints.ListedLearner;
import vn.edu.ecenter.gradebook.prints.OfficialPrints;
import vn.edu.ecenter.gradebook.rules.Grading;
import vn.edu.ecenter.gradebook.rules.Mark;
import vn.edu.ecenter.gradebook.rules.RuleSet;
import vn.edu.ecenter.gradebook.rules.RuleSets;
import vn.edu.ecenter.gradebook.rules.Semester;
import vn.edu.ecenter.gradebook.rules.SubjectResult;
import vn.edu.ecenter.people.LearnerSummary;
import vn.edu.ecenter.people.People;

/**
 * The class prints fed from the score book: the monitoring-and-assessment book of a subject, made from the score
 * sheets exactly as {@link Gradebook#sheet} shows them (so it has the same readers), and the class's học bạ batch,
 * started for the director or the homeroom teacher of the class.
 */
@Service
@Transactional(readOnly = true)
class ClassPrintsService implements ClassPrints {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private final Gradebook gradebook;
    private final SheetReads sheets;
    private final ResultsReads reads;
    private final SchoolRecords records;
    private final People people;
    private final OfficialPrints prints;
    private final MessageSource messages;

    ClassPrintsService(
            Gradebook gradebook,
            SheetReads sheets,
            ResultsReads reads,
            SchoolRecords records,
            People people,
            OfficialPrints prints,
            MessageSource messages) {
        this.gradebook = gradebook;
        this.sheets = sheets;
        this.reads = reads;
        this.records = records;
        this.people = people;
        this.prints = prints;
        this.messages = messages;
    }

    // ---------------------------------------------------------------- the book of a subject

    @Override
    @PreAuthorize("hasAnyRole('DIRECTOR', 'TEACHER')")
    public PrintedFile assessmentBook(UUID classId, UUID subjectId, @Nullable Integer semester) {
        if (semester != null && semester != 1 && semester != 2) {
            throw GradebookRejection.of(Kind.INVALID, "results.book.semester", semester);
        }
        // Both semesters are read even for one page: the học kỳ II page prints the year averages.
        ScoreSheet first = gradebook.sheet(classId, subjectId, 1);
        ScoreSheet second = gradebook.sheet(classId, subjectId, 2);
        Map<UUID, @Nullable LocalDate> birthDates = birthDates(first, second);
        List<AssessmentBookPage> pages = new ArrayList<>();
        if (semester == null || semester == 1) {
            pages.add(page(first, null, birthDates));
        }
        if (semester == null || semester == 2) {
            pages.add(page(second, first, birthDates));
        }
        String file = messages.getMessage(
                "results.print.bookFile",
                new Object[] {
                    first.subjectName(),
                    first.className(),
                    semester == null
                            ? ""
                            : " - "
                                    + messages.getMessage(
                                            semester == 1 ? "prints.period.HK1" : "prints.period.HK2",
                                            null,
                                            VIETNAMESE),
                    first.schoolYearName()
                },
                VIETNAMESE);
        return new PrintedFile(file, prints.assessmentBook(pages));
    }

    /** One semester's page; the học kỳ II page also has each learner's ĐTBmcn, from both semesters' ĐTBmhk. */
    private AssessmentBookPage page(
            ScoreSheet sheet, @Nullable ScoreSheet earlier, Map<UUID, @Nullable LocalDate> birthDates) {
        // The sheet was read with the caller's rights (Gradebook.sheet); its remarks need no second check.
        Map<UUID, SheetReads.Stored> remarkOf =
                sheets.remarks(sheet.classId(), sheet.subjectId(), sheet.semester(), false);
        @Nullable RuleSet rules = RuleSets.byId(sheet.ruleSetId()).orElse(null);
        Map<UUID, SubjectResult> firstAverages = new HashMap<>();
        if (earlier != null) {
            earlier.rows().forEach(row -> firstAverages.put(row.learnerId(), row.average()));
        }
        List<AssessmentBookPage.Line> lines = new ArrayList<>();
        for (ScoreRow row : sheet.rows()) {
            List<@Nullable Mark> regular = new ArrayList<>();
            @Nullable Mark midTerm = null;
            @Nullable Mark endOfTerm = null;
            for (ScoreCell cell : row.cells()) {
                switch (cell.slot().kind()) {
                    case TX -> regular.add(cell.mark());
                    case GK -> midTerm = cell.mark();
                    case CK -> endOfTerm = cell.mark();
                }
            }
            @Nullable Mark year = null;
            SubjectResult first = firstAverages.get(row.learnerId());
            if (earlier != null && rules != null && first != null) {
                year = SchoolRecords.mark(rules.year(sheet.grading(), first, row.average()));
            }
            lines.add(new AssessmentBookPage.Line(
                    new ListedLearner(row.code(), row.name(), birthDates.get(row.learnerId())),
                    regular,
                    midTerm,
                    endOfTerm,
                    SchoolRecords.mark(row.average()),
                    year,
                    remarkOf.containsKey(row.learnerId())
                            ? remarkOf.get(row.learnerId()).text()
                            : null));
        }
        return new AssessmentBookPage(
                records.heading(),
                sheet.schoolYearName(),
                sheet.className(),
                sheet.subjectName(),
                sheet.semester() == 1 ? Semester.HK1 : Semester.HK2,
                sheet.grading() == Grading.COMMENTS,
                sheet.regularCount(),
                sheet.teacherName(),
                lines);
    }

    private Map<UUID, @Nullable LocalDate> birthDates(ScoreSheet first, ScoreSheet second) {
        List<UUID> ids = new ArrayList<>();
        first.rows().forEach(row -> ids.add(row.learnerId()));
        second.rows().forEach(row -> ids.add(row.learnerId()));
        Map<UUID, @Nullable LocalDate> dates = new HashMap<>();
        for (LearnerSummary learner : people.learners(ids)) {
            dates.put(learner.id(), learner.birthDate());
        }
        return dates;
    }

    // ---------------------------------------------------------------- the class's học bạ

    @Override
    @Transactional
    @PreAuthorize("hasAnyRole('DIRECTOR', 'TEACHER')")
    public UUID printClassSchoolRecords(UUID classId) {
        ResultsReads.Loaded loaded = reads.load(List.of(classId));
        if (loaded.classes().isEmpty()) {
            throw GradebookRejection.of(Kind.NOT_FOUND, "results.batch.unknownClass");
        }
        ClassData schoolClass = loaded.classes().getFirst();
        if (!Callers.director()) {
            @Nullable UUID me = reads.staffOf(Callers.accountId()).orElse(null);
            if (!schoolClass.ledBy(me)) {
                throw GradebookRejection.of(Kind.FORBIDDEN, "results.batch.forbidden", schoolClass.name());
            }
        }
        return prints.printClassSchoolRecords(classId);
    }

    @Override
    @PreAuthorize("hasAnyRole('DIRECTOR', 'TEACHER')")
    public Optional<PrintedFile> classSchoolRecords(UUID jobId) {
        return prints.batchOf(jobId).map(batch -> new PrintedFile(batch.fileName(), prints.content(batch)));
    }
}
