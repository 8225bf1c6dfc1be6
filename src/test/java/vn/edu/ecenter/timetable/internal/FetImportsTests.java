package vn.edu.ecenter.timetable.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.edu.ecenter.academics.Academics;
import vn.edu.ecenter.academics.AcademicsFixture;
import vn.edu.ecenter.academics.Assign;
import vn.edu.ecenter.academics.AssignmentView;
import vn.edu.ecenter.academics.ClassSession;
import vn.edu.ecenter.academics.ClassView;
import vn.edu.ecenter.academics.CreateClass;
import vn.edu.ecenter.centres.SchoolYearView;
import vn.edu.ecenter.people.People;
import vn.edu.ecenter.platform.web.Rejected;
import vn.edu.ecenter.support.EcenterTest;
import vn.edu.ecenter.timetable.FetImportReport;
import vn.edu.ecenter.timetable.FetImportReport.Kind;
import vn.edu.ecenter.timetable.FetImportReport.Tally;
import vn.edu.ecenter.timetable.FetImports;
import vn.edu.ecenter.timetable.TeacherSlotKind;
import vn.edu.ecenter.timetable.TimetableDocuments;
import vn.edu.ecenter.timetable.TimetableFixture;
import vn.edu.ecenter.timetable.TimetableSetups;
import vn.edu.ecenter.timetable.VersionView;
import vn.edu.ecenter.timetable.centre.Slot;
import vn.edu.ecenter.timetable.fet.Activity;
import vn.edu.ecenter.timetable.fet.CheckResult;
import vn.edu.ecenter.timetable.fet.ConstraintHeader;
import vn.edu.ecenter.timetable.fet.FetChecker;
import vn.edu.ecenter.timetable.fet.FetConstraint;
import vn.edu.ecenter.timetable.fet.FetDocument;
import vn.edu.ecenter.timetable.fet.FetReader;
import vn.edu.ecenter.timetable.fet.FetWriter;
import vn.edu.ecenter.timetable.fet.Room;
import vn.edu.ecenter.timetable.fet.Scope;
import vn.edu.ecenter.timetable.fet.StudentsSet;
import vn.edu.ecenter.timetable.fet.Subject;
import vn.edu.ecenter.timetable.fet.Teacher;
import vn.edu.ecenter.timetable.fet.TimeSlot;
import vn.edu.ecenter.timetable.fet.Timetable;

/**
 * A centre moving from FET brings its .fet file in: subjects matched to the programme, teachers to the staff (or
 * registered), classes to the school year's (or opened), activities as teaching assignments, rooms, teachers' busy
 * times; whatever cannot come in is named in the report. The preview writes nothing, a bad file writes nothing, and a
 * timetable exported to FET comes back as the same assignments.
 */
@EcenterTest
@DisplayName("Nhập tệp FET vào hồ sơ của trung tâm")
class FetImportsTests {

    static final Locale VI = Locale.of("vi");

    @Autowired
    FetImports imports;

    @Autowired
    TimetableSetups setups;

    @Autowired
    TimetableDocuments documents;

    @Autowired
    TimetableFixture timetableFixture;

    @Autowired
    Academics academics;

    @Autowired
    People people;

    @Autowired
    AcademicsFixture fixture;

    /**
     * A small afternoon centre's file: Toán split into two activities of 2 for 10A1, Ngữ văn taught to 10A1 and 10A2
     * together, Tiếng Anh with two teachers, a subject the programme lacks, chào cờ, a grade-6 class, two rooms, a
     * teacher's not-available times and two constraints eCenter does not import.
     */
    static FetDocument smallCentre(String suffix) {
        String nhap = "Nguyễn Văn Nhập" + suffix;
        String hoa = "C.Hoa" + suffix;
        List<String> days = List.of("Thứ 2", "Thứ 3", "Thứ 4", "Thứ 5", "Thứ 6", "Thứ 7");
        List<String> hours = List.of("T1", "T2", "T3", "T4", "T5");
        List<Activity> activities = List.of(
                new Activity(1, 1, List.of(nhap), "Toan", List.of(), List.of("10A1"), 2, 4, true, ""),
                new Activity(2, 1, List.of(nhap), "Toan", List.of(), List.of("10A1"), 2, 4, true, ""),
                new Activity(3, 0, List.of(hoa), "Ngữ Văn", List.of(), List.of("10A1", "10A2"), 3, 3, true, ""),
                new Activity(4, 0, List.of(nhap, hoa), "Tiếng Anh", List.of(), List.of("10A2"), 3, 3, true, ""),
                new Activity(5, 0, List.of(hoa), "Tin học nghề", List.of(), List.of("10A1"), 1, 1, true, ""),
                new Activity(6, 0, List.of(nhap), "Chào cờ", List.of(), List.of("Khối 10"), 1, 1, true, ""),
                new Activity(7, 0, List.of(hoa), "Toan", List.of(), List.of("6A"), 4, 4, true, ""));
        return new FetDocument(
                "Trung tâm GDTX thử - buổi chiều",
                "",
                days,
                hours,
                List.of(
                        new Subject("Toan", ""),
                        new Subject("Ngữ Văn", ""),
                        new Subject("Tiếng Anh", ""),
                        new Subject("Tin học nghề", ""),
                        new Subject("Chào cờ", "")),
                List.of(),
                List.of(new Teacher(nhap, ""), new Teacher(hoa, "")),
                List.of(
                        new StudentsSet(
                                "Khối 10",
                                0,
                                "",
                                List.of(
                                        new StudentsSet("10A1", 40, "", List.of()),
                                        new StudentsSet("10A2", 38, "", List.of()))),
                        new StudentsSet("Khối 6", 0, "", List.of(new StudentsSet("6A", 30, "", List.of())))),
                activities,
                List.of(),
                List.of(new Room("Phòng Tin " + suffix, null, 40, ""), new Room("Phòng Lý " + suffix, null, 30000, "")),
                List.of(
                        new FetConstraint.BasicCompulsoryTime(ConstraintHeader.compulsory()),
                        new FetConstraint.NotAvailableTimes(
                                ConstraintHeader.compulsory(),
                                new Scope.OneTeacher(nhap),
                                List.of(new TimeSlot(0, 0), new TimeSlot(0, 1), new TimeSlot(5, 4))),
                        new FetConstraint.MinDaysBetweenActivities(
                                ConstraintHeader.compulsory(), List.of(1, 2), 1, false),
                        new FetConstraint.MaxDaysPerWeek(ConstraintHeader.compulsory(), new Scope.OneTeacher(hoa), 4)),
                List.of(new FetConstraint.BasicCompulsorySpace(ConstraintHeader.compulsory())));
    }

    static byte[] bytes(FetDocument document) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        FetWriter.write(document, out);
        return out.toByteArray();
    }

    @Test
    @DisplayName("Xem trước không ghi gì; nhập ghi phân công, giáo viên, lớp, phòng, giờ bận và báo cáo từng vấn đề")
    void previewWritesNothingAndTheImportBringsInTheFile() {
        String suffix = AcademicsFixture.unique();
        SchoolYearView year = fixture.schoolYear(2048);
        UUID teacherOfAnh = fixture.teacher("Đỗ Thị Sẵn" + suffix, null, 17);
        ClassView a2 = fixture.asDirector(() ->
                academics.createClass(new CreateClass(year.id(), "10A2", 10, ClassSession.AFTERNOON, null, null)));
        UUID anh = subject("ANH");
        fixture.asDirector(() -> academics.assign(new Assign(a2.id(), anh, teacherOfAnh, new BigDecimal("2"))));
        byte[] file = bytes(smallCentre(suffix));
        int staffBefore = fixture.asDirector(() -> people.staff()).size();
        int roomsBefore = fixture.asDirector(() -> setups.rooms()).size();

        FetImportReport preview = fixture.asDirector(() -> imports.preview(year.id(), file, false, VI));

        assertThat(preview.applied()).isFalse();
        assertThat(fixture.asDirector(() -> academics.classes(year.id()))).hasSize(1);
        assertThat(fixture.asDirector(() -> academics.assignmentsOfYear(year.id())))
                .hasSize(1);
        assertThat(fixture.asDirector(() -> people.staff())).hasSize(staffBefore);
        assertThat(fixture.asDirector(() -> setups.rooms())).hasSize(roomsBefore);

        FetImportReport done = fixture.asDirector(() -> imports.apply(year.id(), file, false, VI));

        assertThat(done.applied()).isTrue();
        assertThat(done.tallies()).isEqualTo(preview.tallies());
        assertThat(done.tallies())
                .containsExactly(
                        new Tally(Kind.SUBJECTS, 3, 0, 2),
                        new Tally(Kind.TEACHERS, 0, 2, 0),
                        new Tally(Kind.CLASSES, 1, 1, 1),
                        new Tally(Kind.ASSIGNMENTS, 0, 3, 3),
                        new Tally(Kind.ROOMS, 0, 2, 0),
                        new Tally(Kind.BUSY_SLOTS, 0, 3, 0),
                        new Tally(Kind.CONSTRAINTS, 1, 0, 2));
        String nhap = "Nguyễn Văn Nhập" + suffix;
        String hoa = "C.Hoa" + suffix;
        assertThat(done.problems())
                .contains(
                        "Môn «Tin học nghề» trong tệp FET không khớp môn nào của chương trình; các hoạt động của môn"
                                + " này không được nhập.",
                        "Lớp «6A» trong tệp FET không có khối 10, 11 hoặc 12 trong tên; lớp này không được tạo và các"
                                + " hoạt động của lớp không được nhập.",
                        "Hoạt động Id=7 (môn «Toan») dành cho «6A», không ứng với lớp nào được nhập nên không được"
                                + " nhập.",
                        "Môn Tiếng Anh lớp 10A2 đang do Đỗ Thị Sẵn" + suffix + " dạy 2 tiết/tuần, tệp FET ghi " + nhap
                                + ", 3 tiết/tuần: giữ phân công hiện có.",
                        "Ràng buộc ConstraintMinDaysBetweenActivities (1) không được nhập; hãy đặt điều kiện tương ứng"
                                + " ở trang Điều kiện xếp nếu cần.",
                        "Ràng buộc ConstraintTeacherMaxDaysPerWeek (1) không được nhập; hãy đặt điều kiện tương ứng ở"
                                + " trang Điều kiện xếp nếu cần.");
        assertThat(done.notes())
                .contains(
                        "«Chào cờ» là hoạt động cố định (chào cờ, sinh hoạt lớp), không phải môn học: khai báo ở trang"
                                + " Hoạt động cố định.",
                        "Hoạt động Id=3 (môn «Ngữ Văn») dạy chung các lớp 10A1, 10A2: mỗi lớp được phân công 3 tiết.",
                        "Hoạt động Id=4 (môn «Tiếng Anh») có nhiều giáo viên («" + nhap + "», «" + hoa + "»): chỉ «"
                                + nhap + "» được phân công.",
                        "5 tiết mỗi ngày của tệp FET được ghép theo thứ tự vào buổi chiều (5 tiết).",
                        "Phòng «Phòng Lý " + suffix + "» có sức chứa 30.000 trong tệp FET: ghi 500 chỗ.",
                        "Giáo viên «" + hoa + "» chỉ có tên gọi trong tệp FET: cán bộ được tạo với tên này, hãy bổ sung"
                                + " họ tên đầy đủ trong hồ sơ cán bộ.");

        assertThat(fixture.asDirector(() -> academics.classes(year.id())))
                .extracting(ClassView::name, ClassView::grade, ClassView::session)
                .containsExactly(tuple("10A1", 10, ClassSession.AFTERNOON), tuple("10A2", 10, ClassSession.AFTERNOON));
        assertThat(fixture.asDirector(() -> academics.assignmentsOfYear(year.id())))
                .extracting(
                        AssignmentView::className,
                        AssignmentView::subjectCode,
                        AssignmentView::teacherName,
                        a -> a.periodsPerWeek().stripTrailingZeros().toPlainString())
                .containsExactlyInAnyOrder(
                        tuple("10A1", "TOAN", nhap, "4"),
                        tuple("10A1", "VAN", hoa, "3"),
                        tuple("10A2", "VAN", hoa, "3"),
                        tuple("10A2", "ANH", "Đỗ Thị Sẵn" + suffix, "2"));
        UUID nhapId = fixture.asDirector(() -> people.staff()).stream()
                .filter(s -> s.name().fullName().equals(nhap))
                .findFirst()
                .orElseThrow()
                .id();
        assertThat(fixture.asDirector(() -> setups.teacherSlots(year.id(), nhapId)))
                .isEqualTo(Map.of(
                        new Slot(DayOfWeek.MONDAY, ClassSession.AFTERNOON, 1), TeacherSlotKind.BUSY,
                        new Slot(DayOfWeek.MONDAY, ClassSession.AFTERNOON, 2), TeacherSlotKind.BUSY,
                        new Slot(DayOfWeek.SATURDAY, ClassSession.AFTERNOON, 5), TeacherSlotKind.BUSY));
        assertThat(fixture.asDirector(() -> setups.rooms()))
                .filteredOn(r -> r.name().endsWith(suffix))
                .extracting(TimetableSetups.Room::name, TimetableSetups.Room::kind, TimetableSetups.Room::capacity)
                .containsExactlyInAnyOrder(
                        tuple("Phòng Tin " + suffix, "Phòng máy tính", 40),
                        tuple("Phòng Lý " + suffix, "Phòng thí nghiệm", 500));

        FetImportReport again = fixture.asDirector(() -> imports.preview(year.id(), file, true, VI));
        assertThat(again.tally(Kind.TEACHERS)).isEqualTo(new Tally(Kind.TEACHERS, 2, 0, 0));
        assertThat(again.tally(Kind.CLASSES)).isEqualTo(new Tally(Kind.CLASSES, 2, 0, 1));
        assertThat(again.tally(Kind.ASSIGNMENTS))
                .as("the three imported are unchanged; Tiếng Anh would now be re-assigned")
                .isEqualTo(new Tally(Kind.ASSIGNMENTS, 3, 1, 2));
        assertThat(again.tally(Kind.BUSY_SLOTS)).isEqualTo(new Tally(Kind.BUSY_SLOTS, 3, 0, 0));
    }

    @Test
    @DisplayName("Tệp không phải FET hoặc hỏng: báo lỗi tiếng Việt, không ghi gì")
    void aFileThatIsNotFetIsRefusedAndNothingIsWritten() {
        SchoolYearView year = fixture.schoolYear(2049);
        byte[] html = "<html><body>TKB</body></html>".getBytes(StandardCharsets.UTF_8);
        byte[] broken = "<fet version=\"6.8.5\"><Days_List>".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> fixture.asDirector(() -> imports.apply(year.id(), html, false, VI)))
                .isInstanceOfSatisfying(Rejected.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("timetable.fetImport.badFile");
                    assertThat(e.arguments()[0].toString()).startsWith("Không phải tệp FET");
                });
        assertThatThrownBy(() -> fixture.asDirector(() -> imports.preview(year.id(), broken, false, VI)))
                .isInstanceOf(Rejected.class);
        assertThat(fixture.asDirector(() -> academics.classes(year.id()))).isEmpty();
    }

    @Test
    @DisplayName("Tệp FET thật của một trường THPT (Lê Quý Đôn, buổi chiều): 23 lớp, giáo viên, phân công, giờ bận")
    void aRealVietnameseFetFileIsImported() throws IOException {
        byte[] file = Files.readAllBytes(Path.of("bench/data/fet/Vietnam-LeQuiDon-LamHa-Khoi-chieu.fet"));
        SchoolYearView year = fixture.schoolYear(2050);

        FetImportReport report = fixture.asDirector(() -> imports.apply(year.id(), file, false, VI));

        assertThat(report.tally(Kind.CLASSES)).isEqualTo(new Tally(Kind.CLASSES, 0, 23, 0));
        assertThat(report.tally(Kind.SUBJECTS).matched()).isEqualTo(11);
        assertThat(report.problems())
                .contains(
                        "Môn «TD» trong tệp FET không khớp môn nào của chương trình; các hoạt động của môn này"
                                + " không được nhập.",
                        "Ràng buộc ConstraintMinDaysBetweenActivities (85) không được nhập; hãy đặt điều kiện tương ứng"
                                + " ở trang Điều kiện xếp nếu cần.");
        List<AssignmentView> assignments = fixture.asDirector(() -> academics.assignmentsOfYear(year.id()));
        assertThat(assignments).hasSize(report.tally(Kind.ASSIGNMENTS).created());
        assertThat(assignments)
                .filteredOn(a -> a.className().equals("10A1") && a.subjectCode().equals("TOAN"))
                .singleElement()
                .satisfies(a -> assertThat(a.periodsPerWeek()).isPositive());
        assertThat(fixture.asDirector(() -> academics.classes(year.id())))
                .extracting(ClassView::grade)
                .containsOnly(10, 11, 12);
        assertThat(report.tally(Kind.BUSY_SLOTS).created()).isPositive();
    }

    @Test
    @DisplayName("Xuất TKB ra FET (kèm phòng đã xếp) rồi nhập vào năm học khác: cùng phân công")
    void aTimetableExportedToFetComesBackAsTheSameAssignments() {
        TimetableFixture.Centre centre = timetableFixture.centre(2051);
        String suffix = AcademicsFixture.unique();
        String kind = "Phòng máy " + suffix;
        fixture.asDirector(() -> setups.addRoom("PM " + suffix, kind, 45));
        UUID tin = subject("TIN");
        for (ClassView c : List.of(centre.a1(), centre.a2())) {
            fixture.asDirector(() -> setups.saveCourseOption(centre.year().id(), c.id(), tin, null, 0, kind));
        }
        VersionView solved = timetableFixture.solvedDraft(centre, centre.year().startsOn(), null);

        byte[] file = fixture.asDirector(() -> documents.fet(solved.id(), VI));

        FetDocument document = FetReader.read(new ByteArrayInputStream(file));
        List<FetConstraint.ActivityPreferredRoom> rooms = document.spaceConstraints().stream()
                .filter(FetConstraint.ActivityPreferredRoom.class::isInstance)
                .map(FetConstraint.ActivityPreferredRoom.class::cast)
                .toList();
        List<Integer> tinActivities = document.activities().stream()
                .filter(a -> a.subject().equals("Tin học"))
                .map(Activity::id)
                .toList();
        assertThat(rooms)
                .extracting(FetConstraint.ActivityPreferredRoom::activityId)
                .containsExactlyInAnyOrderElementsOf(tinActivities);
        assertThat(rooms).allSatisfy(r -> {
            assertThat(r.room()).isEqualTo("PM " + suffix);
            assertThat(r.permanentlyLocked()).isTrue();
        });
        Timetable locked = Timetable.lockedIn(document);
        assertThat(tinActivities)
                .allSatisfy(id ->
                        assertThat(locked.placement(id).orElseThrow().room()).isEqualTo("PM " + suffix));
        CheckResult check = FetChecker.check(document, locked);
        assertThat(check.complete()).isTrue();

        SchoolYearView other = fixture.schoolYear(2052);
        FetImportReport report = fixture.asDirector(() -> imports.apply(other.id(), file, false, VI));

        assertThat(report.tally(Kind.ROOMS))
                .isEqualTo(new Tally(Kind.ROOMS, document.rooms().size(), 0, 0));
        assertThat(fixture.asDirector(() -> academics.classes(other.id())))
                .extracting(ClassView::name, ClassView::session)
                .containsExactly(tuple("10A1", ClassSession.MORNING), tuple("10A2", ClassSession.MORNING));
        assertThat(fixture.asDirector(() -> academics.assignmentsOfYear(other.id())))
                .extracting(
                        AssignmentView::className,
                        AssignmentView::subjectCode,
                        AssignmentView::teacherName,
                        a -> a.periodsPerWeek().stripTrailingZeros().toPlainString())
                .containsExactlyInAnyOrder(
                        tuple("10A1", "TOAN", "Nguyễn Thị Hà", "3"),
                        tuple("10A2", "TOAN", "Nguyễn Thị Hà", "3"),
                        tuple("10A1", "VAN", "Trần Văn Lan", "3"),
                        tuple("10A2", "VAN", "Trần Văn Lan", "3"),
                        // 1.5 periods a week are timetabled as 2, which is what the FET file holds.
                        tuple("10A1", "TIN", "Lê Minh", "2"),
                        tuple("10A2", "TIN", "Lê Minh", "2"));
        assertThat(report.problems()).noneMatch(p -> p.contains("không khớp"));
    }

    private UUID subject(String code) {
        return fixture.asDirector(() -> academics.subjects()).stream()
                .filter(s -> s.code().equals(code))
                .findFirst()
                .orElseThrow()
                .id();
    }
}
