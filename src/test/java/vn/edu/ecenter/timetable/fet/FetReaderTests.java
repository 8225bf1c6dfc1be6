package vn.edu.ecenter.timetable.fet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.edu.ecenter.timetable.fet.FetSamples.activity;
import static vn.edu.ecenter.timetable.fet.FetSamples.fet;
import static vn.edu.ecenter.timetable.fet.FetSamples.read;

import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FetReaderTests {

    @ParameterizedTest(name = "{0}")
    @DisplayName("Đọc bốn tệp FET của các trường Việt Nam, số liệu khớp bảng trong README")
    @CsvSource({
        // file,                                      subjects, teachers, classes, years, activities, periods
        "Vietnam-LeQuiDon-LamHa-Khoi-sang,            17,       49,       23,      3,     361,        432",
        "Vietnam-LeQuiDon-LamHa-Khoi-chieu,           17,       51,       23,      3,     288,        368",
        "Vietnam-HungYen-secondary,                   18,       33,       9,       4,     230,        257",
        "Vietnam-THCS-DucHop-KimDong-HungYen-2015,    20,       25,       8,       4,     206,        228"
    })
    void readsTheVietnameseSchoolsFiles(
            String file, int subjects, int teachers, int classes, int years, int activities, int periods) {
        ImportReport report = ImportReport.of(FetReader.read(FetSamples.benchmark(file)));

        assertThat(report.days()).isEqualTo(6);
        assertThat(report.hours()).isEqualTo(5);
        assertThat(report.subjects()).isEqualTo(subjects);
        assertThat(report.teachers()).isEqualTo(teachers);
        assertThat(report.classes()).isEqualTo(classes);
        assertThat(report.years()).isEqualTo(years);
        assertThat(report.activities()).isEqualTo(activities);
        assertThat(report.activeActivities()).isEqualTo(activities);
        assertThat(report.periodsToPlace()).isEqualTo(periods);
        assertThat(report.unsupportedConstraints()).isEmpty();
    }

    @Test
    void readsActivitiesWithTheirTeachersStudentsAndDurations() {
        FetDocument document = FetReader.read(FetSamples.benchmark("Vietnam-THCS-DucHop-KimDong-HungYen-2015"));

        assertThat(document.institutionName()).isEqualTo("TRƯỜNG THCS ĐỨC HỢP - KIM ĐỘNG - HƯNG YÊN");
        assertThat(document.days()).first().isEqualTo("Thứ Hai");
        assertThat(document.activities())
                .filteredOn(a -> a.teachers().size() == 2)
                .hasSize(4);
        assertThat(document.timeConstraints())
                .filteredOn(FetConstraint.MinDaysBetweenActivities.class::isInstance)
                .hasSize(60);
    }

    @Test
    void keepsAndReportsConstraintTypesItDoesNotSupport() {
        String early = """
                <ConstraintStudentsEarlyMaxBeginningsAtSecondHour><Weight_Percentage>100</Weight_Percentage>
                <Max_Beginnings_At_Second_Hour>0</Max_Beginnings_At_Second_Hour><Active>true</Active>
                </ConstraintStudentsEarlyMaxBeginningsAtSecondHour>""";
        FetDocument document = read(fet(activity(1, "Lan", "6A", 1), early + early));

        assertThat(document.timeConstraints())
                .filteredOn(FetConstraint.Unsupported.class::isInstance)
                .hasSize(2);
        ImportReport report = ImportReport.of(document);
        assertThat(report.unsupportedConstraints())
                .containsExactlyEntriesOf(Map.of("ConstraintStudentsEarlyMaxBeginningsAtSecondHour", 2));
        assertThat(report.summary()).contains("Chưa hỗ trợ", "ConstraintStudentsEarlyMaxBeginningsAtSecondHour x2");
    }

    @Test
    void reportsInactiveActivitiesAndConstraintsAsSkipped() {
        String inactive = activity(2, "Minh", "6B", 1).replace("<Active>true</Active>", "<Active>false</Active>");
        String constraint = """
                <ConstraintTeachersMaxGapsPerDay><Weight_Percentage>100</Weight_Percentage><Max_Gaps>0</Max_Gaps>
                <Active>false</Active></ConstraintTeachersMaxGapsPerDay>""";
        ImportReport report = ImportReport.of(read(fet(activity(1, "Lan", "6A", 2) + inactive, constraint)));

        assertThat(report.activeActivities()).isEqualTo(1);
        assertThat(report.periodsToPlace()).isEqualTo(2);
        assertThat(report.inactiveActivities()).isEqualTo(1);
        assertThat(report.inactiveConstraints()).isEqualTo(1);
        assertThat(report.summary()).contains("Bỏ qua (không hoạt động): 1 hoạt động, 1 ràng buộc");
    }

    @Test
    @DisplayName("Từ chối tệp có DOCTYPE: không đọc được tệp cục bộ qua thực thể ngoài (XXE)")
    void refusesExternalEntities() {
        String xxe = """
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE fet [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
                <fet version="6.8.5"><Institution_Name>&secret;</Institution_Name></fet>
                """;

        assertThatThrownBy(() -> read(xxe))
                .isInstanceOf(FetFormatException.class)
                .hasMessageContaining("DOCTYPE")
                .hasMessageNotContaining("root:");
    }

    @Test
    void namesTheLineOfMalformedXml() {
        String broken = fet(activity(1, "Lan", "6A", 1), "").replace("</Activities_List>", "</Activities>");

        assertThatThrownBy(() -> read(broken))
                .isInstanceOfSatisfying(
                        FetFormatException.class, e -> assertThat(e.line()).isEqualTo(18))
                .hasMessageStartingWith("Tệp không đúng cú pháp XML");
    }

    @Test
    void refusesAFileThatIsNotFets() {
        assertThatThrownBy(() -> read("<html><body/></html>"))
                .isInstanceOf(FetFormatException.class)
                .hasMessage(
                        "Không phải tệp FET: phần tử gốc là <html>, tệp FET bắt đầu bằng <fet> (phần tử <html>, dòng 1)");
    }

    @Test
    void namesTheActivityTheElementAndTheLineOfAnUnknownTeacher() {
        String xml = fet(activity(1, "Lan", "6A", 1) + activity(7, "Hùng", "6B", 1), "");

        assertThatThrownBy(() -> read(xml))
                .isInstanceOfSatisfying(FetFormatException.class, e -> {
                    assertThat(e.element()).isEqualTo("Teacher");
                    assertThat(e.line()).isEqualTo(17);
                })
                .hasMessageStartingWith("Hoạt động Id=7: Không có giáo viên «Hùng» trong danh sách giáo viên của tệp");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "<Subject>Toán</Subject> | <Subject>Sử</Subject> | Không có môn học «Sử»",
                "<Students>6A</Students> | <Students>6C</Students> | Không có lớp/khối/nhóm học sinh «6C»",
                "<Duration>1</Duration>  | <Duration>một</Duration> | Giá trị «một» không phải là số nguyên",
                "<Duration>1</Duration>  | <Duration>0</Duration> | Thời lượng 0 không hợp lệ"
            })
    void explainsWhatIsWrongWithAnActivity(String good, String bad, String message) {
        String xml = fet(activity(3, "Lan", "6A", 1).replace(good, bad), "");

        assertThatThrownBy(() -> read(xml))
                .isInstanceOf(FetFormatException.class)
                .hasMessageContaining(message);
    }

    @Test
    void explainsAConstraintNamingAnUnknownDay() {
        String notAvailable = """
                <ConstraintTeacherNotAvailableTimes><Weight_Percentage>100</Weight_Percentage><Teacher>Lan</Teacher>
                <Number_of_Not_Available_Times>1</Number_of_Not_Available_Times>
                <Not_Available_Time><Day>Chủ nhật</Day><Hour>T1</Hour></Not_Available_Time>
                </ConstraintTeacherNotAvailableTimes>""";

        assertThatThrownBy(() -> read(fet(activity(1, "Lan", "6A", 1), notAvailable)))
                .isInstanceOf(FetFormatException.class)
                .hasMessageStartingWith("Không có ngày «Chủ nhật» trong danh sách ngày của tệp (phần tử <Day>");
    }

    @Test
    void explainsAConstraintNamingAnUnknownActivity() {
        String sameDay = """
                <ConstraintActivitiesSameStartingDay><Weight_Percentage>100</Weight_Percentage>
                <Number_of_Activities>2</Number_of_Activities><Activity_Id>1</Activity_Id><Activity_Id>9</Activity_Id>
                </ConstraintActivitiesSameStartingDay>""";

        assertThatThrownBy(() -> read(fet(activity(1, "Lan", "6A", 1), sameDay)))
                .isInstanceOf(FetFormatException.class)
                .hasMessageStartingWith("Không có hoạt động Id=9 trong danh sách hoạt động");
    }
}
