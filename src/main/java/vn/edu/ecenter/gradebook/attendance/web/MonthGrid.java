package vn.edu.ecenter.gradebook.attendance.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;
import vn.edu.ecenter.gradebook.attendance.AbsenceLevel;
import vn.edu.ecenter.gradebook.attendance.AttendanceStatus;
import vn.edu.ecenter.gradebook.attendance.MonthSheet;
import vn.edu.ecenter.platform.web.Messages;

/**
 * A month sheet as the page and the Excel export show it: one short code per session ("P" có phép, "K" không phép,
 * "M" muộn, "·" có mặt), several sessions of a date joined with "/", nothing where nothing is recorded.
 */
record MonthGrid(MonthSheet sheet, String monthLabel, List<Day> days, List<Row> rows) {

    record Day(LocalDate date, String label, String weekday) {}

    record Cell(String text, String css) {}

    record Row(
            int number,
            UUID learnerId,
            String code,
            String fullName,
            List<Cell> cells,
            BigDecimal excused,
            String excusedText,
            BigDecimal unexcused,
            String unexcusedText,
            int lates,
            BigDecimal yearTotal,
            String yearText,
            AbsenceLevel yearLevel,
            boolean inClass) {}

    static MonthGrid of(MonthSheet sheet, Messages messages) {
        List<Day> days = sheet.days().stream()
                .map(day -> new Day(
                        day,
                        String.format("%02d", day.getDayOfMonth()),
                        messages.text("attendance.weekday." + day.getDayOfWeek())))
                .toList();
        List<Row> rows = sheet.rows().stream()
                .map(row -> new Row(
                        row.number(),
                        row.learnerId(),
                        row.code(),
                        row.name().fullName(),
                        row.days().stream()
                                .map(statuses -> cell(statuses, messages))
                                .toList(),
                        row.month().excused(),
                        row.month().excusedText(),
                        row.month().unexcused(),
                        row.month().unexcusedText(),
                        row.month().lates(),
                        row.year().total(),
                        row.year().totalText(),
                        row.year().level(),
                        row.inClass()))
                .toList();
        String label = String.format(
                "%02d/%d", sheet.month().getMonthValue(), sheet.month().getYear());
        return new MonthGrid(sheet, label, days, rows);
    }

    private static Cell cell(List<AttendanceStatus> statuses, Messages messages) {
        String text = statuses.stream()
                .map(status -> messages.text("attendance.code." + status))
                .collect(Collectors.joining("/"));
        AttendanceStatus worst = statuses.stream()
                .filter(status -> status != AttendanceStatus.PRESENT)
                .min((a, b) -> Integer.compare(weight(b), weight(a)))
                .orElse(AttendanceStatus.PRESENT);
        String css = statuses.isEmpty() ? "" : "att-" + worst.name().toLowerCase(Locale.ROOT);
        return new Cell(text, css);
    }

    private static int weight(AttendanceStatus status) {
        return switch (status) {
            case UNEXCUSED -> 3;
            case EXCUSED -> 2;
            case LATE -> 1;
            case PRESENT -> 0;
        };
    }
}
