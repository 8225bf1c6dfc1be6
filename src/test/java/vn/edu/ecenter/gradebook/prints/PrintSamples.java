package vn.edu.ecenter.gradebook.prints;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.edu.ecenter.gradebook.rules.CommentLevel;
import vn.edu.ecenter.gradebook.rules.Decision;
import vn.edu.ecenter.gradebook.rules.Mark;
import vn.edu.ecenter.gradebook.rules.Rating;
import vn.edu.ecenter.gradebook.rules.Score;
import vn.edu.ecenter.gradebook.rules.Semester;
import vn.edu.ecenter.people.Sex;
import vn.edu.ecenter.shared.PersonName;

/** Print models built the way the score data will supply them, for the print tests. */
final class PrintSamples {

    static final CentreHeading CENTRE = new CentreHeading(
            "Sở Giáo dục và Đào tạo Thành phố Hồ Chí Minh",
            "Trung tâm Giáo dục thường xuyên Lê Quý Đôn",
            "Thành phố Hồ Chí Minh");

    static final List<String> SUBJECTS =
            List.of("Toán", "Ngữ văn", "Tiếng Anh", "Lịch sử", "Vật lí", "Hóa học", "Sinh học", "Tin học");

    private PrintSamples() {}

    static @Nullable Mark score(@Nullable String value) {
        return value == null ? null : Score.of(value);
    }

    static List<@Nullable Mark> scores(@Nullable String... values) {
        return new ArrayList<>(Arrays.stream(values).map(PrintSamples::score).toList());
    }

    static ListedLearner learner(String code, String fullName, LocalDate birthDate) {
        return new ListedLearner(code, PersonName.parse(fullName), birthDate);
    }

    /** A mathematics page with four learners given out of class-list order; Phạm Bình lacks ĐĐGtx 2 and ĐTBmhk. */
    static AssessmentBookPage mathematicsPage(Semester semester) {
        return new AssessmentBookPage(
                CENTRE,
                "2025-2026",
                "10A1",
                "Toán",
                semester,
                false,
                3,
                "Trần Thị Bích",
                List.of(
                        new AssessmentBookPage.Line(
                                learner("HV004", "Trần Thị Ánh", LocalDate.of(2010, 4, 4)),
                                scores("9.0", "8.5", "10"),
                                score("9.0"),
                                score("9.5"),
                                score("9.3"),
                                score("9.1"),
                                "Tiến bộ rõ"),
                        new AssessmentBookPage.Line(
                                learner("HV003", "Nguyễn Văn An", LocalDate.of(2010, 3, 3)),
                                scores("7.0", "8.0", "6.5"),
                                score("7.5"),
                                score("8.0"),
                                score("7.6"),
                                score("7.8"),
                                null),
                        new AssessmentBookPage.Line(
                                learner("HV005", "Phạm Bình", LocalDate.of(2010, 5, 5)),
                                scores("6.0", null, "7.0"),
                                score("5.5"),
                                score("6.5"),
                                null,
                                null,
                                null),
                        new AssessmentBookPage.Line(
                                learner("HV001", "Lê Hoàng An", LocalDate.of(2010, 1, 1)),
                                scores("8.5", "8.0", "9.0"),
                                score("8.0"),
                                score("8.5"),
                                score("8.4"),
                                score("8.2"),
                                null)));
    }

    static AssessmentBookPage commentOnlyPage() {
        return new AssessmentBookPage(
                CENTRE,
                "2025-2026",
                "10A1",
                "Giáo dục thể chất",
                Semester.HK1,
                true,
                2,
                null,
                List.of(
                        new AssessmentBookPage.Line(
                                learner("HV001", "Lê Hoàng An", LocalDate.of(2010, 1, 1)),
                                List.of(CommentLevel.DAT, CommentLevel.DAT),
                                CommentLevel.DAT,
                                CommentLevel.DAT,
                                CommentLevel.DAT,
                                null,
                                null),
                        new AssessmentBookPage.Line(
                                learner("HV005", "Phạm Bình", LocalDate.of(2010, 5, 5)),
                                List.of(CommentLevel.CHUA_DAT, CommentLevel.DAT),
                                CommentLevel.CHUA_DAT,
                                CommentLevel.CHUA_DAT,
                                CommentLevel.CHUA_DAT,
                                null,
                                null)));
    }

    static ClassSummarySheet summary(SummaryPeriod period) {
        return new ClassSummarySheet(
                CENTRE,
                "2025-2026",
                "10A1",
                period,
                SUBJECTS,
                "Trần Thị Bích",
                "Võ Văn Giám",
                LocalDate.of(2026, 5, 25),
                List.of(
                        new ClassSummarySheet.Line(
                                learner("HV005", "Phạm Bình", LocalDate.of(2010, 5, 5)),
                                scores("4.5", "5.0", "3.0", "5.5", "4.0", "5.0", null, "6.0"),
                                Rating.CHUA_DAT,
                                Rating.DAT,
                                12,
                                40,
                                Decision.O_LAI_LOP),
                        new ClassSummarySheet.Line(
                                learner("HV001", "Lê Hoàng An", LocalDate.of(2010, 1, 1)),
                                scores("8.5", "8.0", "9.0", "8.1", "8.3", "7.9", "8.8", "9.5"),
                                Rating.TOT,
                                Rating.TOT,
                                2,
                                0,
                                Decision.LEN_LOP)));
    }

    static SchoolRecord schoolRecord(String code, String fullName, int years) {
        var learner = new LearnerParticulars(
                code,
                PersonName.parse(fullName),
                LocalDate.of(2010, 1, 15),
                Sex.FEMALE,
                "Quận 3, Thành phố Hồ Chí Minh",
                "Kinh",
                "079310001234",
                "Phường Bàn Cờ, Thành phố Hồ Chí Minh",
                "Nguyễn Văn Bình (cha)",
                null);
        List<SchoolRecordYear> pages = new ArrayList<>();
        for (int i = 0; i < years; i++) {
            pages.add(year(10 + i, 2025 + i));
        }
        return new SchoolRecord(
                CENTRE,
                learner,
                "12/2025",
                LocalDate.of(2025, 9, 5),
                Signature.of(Signer.DIRECTOR, "Võ Văn Giám"),
                pages);
    }

    static SchoolRecordYear year(int grade, int startYear) {
        List<SchoolRecordYear.SubjectLine> subjects = new ArrayList<>();
        subjects.add(new SchoolRecordYear.SubjectLine(
                "Toán", score("8.5"), score("8.0"), score("8.2"), null, "Chăm chỉ, tiến bộ", "Trần Thị Bích"));
        subjects.add(new SchoolRecordYear.SubjectLine("Ngữ văn", score("6.0"), null, null, null, null, "Lê Văn Cường"));
        for (String subject : SUBJECTS.subList(2, SUBJECTS.size())) {
            subjects.add(SchoolRecordYear.SubjectLine.of(subject, score("7.0"), score("7.5"), score("7.3")));
        }
        subjects.add(SchoolRecordYear.SubjectLine.of(
                "Giáo dục quốc phòng và an ninh", CommentLevel.DAT, CommentLevel.DAT, CommentLevel.DAT));
        return new SchoolRecordYear(
                grade,
                grade + "A1",
                startYear + "-" + (startYear + 1),
                subjects,
                new Ratings(Rating.TOT, Rating.TOT, Rating.TOT),
                new Ratings(Rating.KHA, Rating.KHA, Rating.KHA),
                3,
                1,
                Decision.LEN_LOP,
                new BigDecimal("6.25"),
                "Chăm ngoan, có ý thức tự học.",
                Signature.of(Signer.HOMEROOM_TEACHER, "Trần Thị Bích"),
                Signature.of(Signer.DIRECTOR, "Võ Văn Giám"),
                LocalDate.of(startYear + 1, 5, 25));
    }
}
