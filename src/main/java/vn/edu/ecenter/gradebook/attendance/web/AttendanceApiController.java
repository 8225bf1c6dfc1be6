package vn.edu.ecenter.gradebook.attendance.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.edu.ecenter.academics.ClassSession;
import vn.edu.ecenter.gradebook.attendance.AbsenceCount;
import vn.edu.ecenter.gradebook.attendance.AbsenceLevel;
import vn.edu.ecenter.gradebook.attendance.Attendance;
import vn.edu.ecenter.gradebook.attendance.AttendanceEntry;
import vn.edu.ecenter.gradebook.attendance.AttendanceStatus;
import vn.edu.ecenter.gradebook.attendance.DaySheet;

/**
 * A class's attendance for one day, for other systems and our checks. The homeroom teacher, the teachers of the class
 * and the director record it; they and the clerks read it. A rejected day answers 400 with the reason and, for each
 * item in error, its own message ({@link AttendanceApiAdvice}); nothing of it is saved.
 */
@RestController
@RequestMapping("/api/v1/attendance")
@PreAuthorize("hasAnyRole('DIRECTOR', 'CLERK', 'TEACHER')")
@Tag(name = "Điểm danh / Attendance")
class AttendanceApiController {

    private final Attendance attendance;

    AttendanceApiController(Attendance attendance) {
        this.attendance = attendance;
    }

    /** One item as sent: both values are read leniently so that a bad one is reported as that item's error. */
    /**
     * An item as sent.
     *
     * @param seen the status the writer last saw ("NONE" for none), optional: a status changed meanwhile is a 409
     */
    record Item(
            @Nullable String learnerId,
            @Nullable String status,
            @Nullable String seen) {}

    record DaysAbsent(
            BigDecimal excused, BigDecimal unexcused, BigDecimal total, int late, int limit, AbsenceLevel level) {}

    record Learner(
            int number,
            UUID learnerId,
            String code,
            String fullName,
            @Nullable AttendanceStatus status,
            boolean corrected,
            DaysAbsent daysAbsent) {}

    record Sheet(
            UUID classId,
            String className,
            LocalDate date,
            ClassSession session,
            boolean schoolDay,
            boolean recorded,
            @Nullable String lastChangedBy,
            @Nullable Instant lastChangedAt,
            List<Learner> learners) {}

    @Operation(
            summary =
                    "Điểm danh của lớp trong một ngày (theo thứ tự danh sách lớp), kèm số ngày nghỉ cả năm của từng học"
                            + " viên; session: buổi (mặc định buổi học của lớp)")
    @GetMapping("/classes/{classId}/days/{date}")
    Sheet day(
            @Parameter(description = "Mã lớp (id)") @PathVariable UUID classId,
            @Parameter(description = "Ngày, yyyy-MM-dd") @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                    LocalDate date,
            @RequestParam(required = false) @Nullable ClassSession session) {
        return sheet(attendance.daySheet(classId, date, session));
    }

    @Operation(
            summary = "Ghi (hoặc sửa) điểm danh của lớp trong một ngày: [{\"learnerId\": …, \"status\":"
                    + " \"PRESENT\"|\"EXCUSED\"|\"UNEXCUSED\"|\"LATE\"}]; tất cả hoặc không gì cả (400 với lỗi từng"
                    + " mục); chỉ GVCN, giáo viên dạy lớp và giám đốc. \"seen\" (không bắt buộc) là trạng thái bạn đã"
                    + " thấy (\"NONE\" nếu chưa có): người khác đã sửa khác đi thì trả 409, không lưu gì")
    @PutMapping("/classes/{classId}/days/{date}")
    Sheet record(
            @Parameter(description = "Mã lớp (id)") @PathVariable UUID classId,
            @Parameter(description = "Ngày, yyyy-MM-dd") @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                    LocalDate date,
            @RequestParam(required = false) @Nullable ClassSession session,
            @RequestBody List<@Nullable Item> items) {
        List<AttendanceEntry> entries = new ArrayList<>(items.size());
        for (Item item : items) {
            entries.add(
                    item == null
                            ? new AttendanceEntry(null, null)
                            : new AttendanceEntry(uuid(item.learnerId()), status(item.status()), item.seen()));
        }
        return sheet(attendance.record(classId, date, session, entries));
    }

    private static @Nullable UUID uuid(@Nullable String text) {
        try {
            return text == null ? null : UUID.fromString(text.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static @Nullable AttendanceStatus status(@Nullable String text) {
        try {
            return text == null ? null : AttendanceStatus.valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static Sheet sheet(DaySheet sheet) {
        return new Sheet(
                sheet.classId(),
                sheet.className(),
                sheet.date(),
                sheet.session(),
                sheet.schoolDay(),
                sheet.recorded(),
                sheet.lastChangedBy(),
                sheet.lastChangedAt(),
                sheet.rows().stream()
                        .map(row -> new Learner(
                                row.number(),
                                row.learnerId(),
                                row.code(),
                                row.name().fullName(),
                                row.status(),
                                row.corrected(),
                                daysAbsent(row.year())))
                        .toList());
    }

    private static DaysAbsent daysAbsent(AbsenceCount count) {
        return new DaysAbsent(
                count.excused(), count.unexcused(), count.total(), count.lates(), count.limit(), count.level());
    }
}
