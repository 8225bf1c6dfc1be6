package vn.edu.ecenter.timetable.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;
import vn.edu.ecenter.academics.Academics;
import vn.edu.ecenter.academics.ClassView;
import vn.edu.ecenter.academics.WorkloadLine;
import vn.edu.ecenter.centres.CentreView;
import vn.edu.ecenter.centres.Centres;
import vn.edu.ecenter.centres.SchoolYearView;
import vn.edu.ecenter.platform.documents.ExcelExport;
import vn.edu.ecenter.platform.documents.ExcelExport.Column;
import vn.edu.ecenter.platform.documents.PdfRenderer;
import vn.edu.ecenter.platform.security.CurrentUser;
import vn.edu.ecenter.platform.web.Rejected;
import vn.edu.ecenter.shared.PersonName;
import vn.edu.ecenter.shared.VietnameseText;
import vn.edu.ecenter.timetable.LessonView;
import vn.edu.ecenter.timetable.TimetableDocuments;
import vn.edu.ecenter.timetable.Timetables;
import vn.edu.ecenter.timetable.VersionStatus;
import vn.edu.ecenter.timetable.VersionView;
import vn.edu.ecenter.timetable.WorkloadRow;
import vn.edu.ecenter.timetable.centre.WeekGrid;
import vn.edu.ecenter.timetable.internal.SetupStore.Setup;

/**
 * Prints (A4 landscape PDF) and workbooks of a timetable version, and its teachers' workload (see {@link
 * TimetableDocuments}). A lesson's place is its room when it needs one (a lab), else its class's own room.
 */
@Service
@Transactional(readOnly = true)
class TimetablePrints implements TimetableDocuments {

    static final String READERS = "hasAnyRole('DIRECTOR', 'CLERK', 'TEACHER')";

    /** Subject names longer than this show as their code on the crowded overview. */
    static final int SHORT_TITLE = 10;

    private final Timetables timetables;
    private final VersionStore versions;
    private final SetupStore setups;
    private final Academics academics;
    private final Centres centres;
    private final PdfRenderer pdf;
    private final MessageSource messages;
    private final FetExport fet;

    TimetablePrints(
            Timetables timetables,
            VersionStore versions,
            SetupStore setups,
            Academics academics,
            Centres centres,
            PdfRenderer pdf,
            MessageSource messages,
            FetExport fet) {
        this.timetables = timetables;
        this.versions = versions;
        this.setups = setups;
        this.academics = academics;
        this.centres = centres;
        this.pdf = pdf;
        this.messages = messages;
        this.fet = fet;
    }

    /** A version with what its pages show. */
    private record Loaded(
            VersionView version,
            SchoolYearView year,
            WeekGrid grid,
            List<LessonView> lessons,
            Map<UUID, String> classRooms) {

        @Nullable
        String place(LessonView lesson) {
            return lesson.roomName() != null ? lesson.roomName() : classRooms.get(lesson.classId());
        }
    }

    private Loaded load(UUID versionId) {
        VersionView version = timetables.version(versionId);
        SchoolYearView year = centres.schoolYears().stream()
                .filter(y -> y.id().equals(version.schoolYearId()))
                .findFirst()
                .orElseThrow(() -> Rejected.notFound("timetable.year.notFound"));
        Setup setup = setups.setup(year.id());
        Map<UUID, String> rooms = new HashMap<>();
        for (ClassView c : academics.classes(year.id())) {
            if (c.room() != null && !c.room().isBlank()) {
                rooms.put(c.id(), c.room().strip());
            }
        }
        return new Loaded(
                version, year, setup.grid(), TimetableService.views(versions.lessons(versionId), setup.rooms()), rooms);
    }

    @Override
    @PreAuthorize(READERS)
    public byte[] print(UUID versionId, Print print, @Nullable String only, Locale locale) {
        Loaded loaded = load(versionId);
        Map<String, Object> model = new HashMap<>();
        model.put("landscape", true);
        model.put("centreName", centreName());
        model.put("subtitle", subtitle(loaded, locale));
        model.put("draft", loaded.version().status() != VersionStatus.PUBLISHED);
        if (print == Print.CENTRE) {
            model.put("title", text(locale, "timetable.print.centre.heading"));
            model.put(
                    "overview",
                    CentreOverview.of(
                            loaded.grid(),
                            loaded.lessons(),
                            NATURAL,
                            l -> overviewLines(l),
                            d -> text(locale, "timetable.day." + d),
                            s -> sessionName(s.kind().name(), locale)));
            return pdf.render("timetable/print-centre", model, locale);
        }
        List<PrintedWeek> weeks = weeks(loaded, print, locale);
        if (only != null && !only.isBlank()) {
            weeks = weeks.stream().filter(w -> matches(w, only, loaded)).toList();
            if (weeks.isEmpty()) {
                throw Rejected.notFound("timetable.print.notFound");
            }
        }
        model.put("title", weeks.size() == 1 ? weeks.getFirst().heading() : text(locale, titleKey(print)));
        model.put("weeks", weeks);
        return pdf.render("timetable/print-weeks", model, locale);
    }

    /** Whether a page is the one asked for: a class's or teacher's id, or a room's name. */
    private boolean matches(PrintedWeek week, String only, Loaded loaded) {
        if (week.name().equalsIgnoreCase(only.strip())) {
            return true;
        }
        return loaded.lessons().stream()
                .anyMatch(
                        l -> (only.equals(l.classId().toString()) && week.name().equals(l.className()))
                                || (l.staffId() != null
                                        && only.equals(l.staffId().toString())
                                        && week.name().equals(l.teacherName())));
    }

    /** The pages of a per-class, per-teacher or per-room print, in class, name or room order. */
    private List<PrintedWeek> weeks(Loaded loaded, Print print, Locale locale) {
        Function<java.time.DayOfWeek, String> day = d -> text(locale, "timetable.day." + d);
        Function<WeekGrid.Session, String> session = s -> sessionName(s.kind().name(), locale);
        List<PrintedWeek> weeks = new ArrayList<>();
        switch (print) {
            case CLASSES -> {
                Map<UUID, String> classes = new LinkedHashMap<>();
                loaded.lessons().stream()
                        .sorted(Comparator.comparing(LessonView::className, NATURAL))
                        .forEach(l -> classes.putIfAbsent(l.classId(), l.className()));
                classes.forEach((id, name) -> weeks.add(week(
                        loaded,
                        text(locale, "timetable.print.class.heading", name),
                        name,
                        l -> l.classId().equals(id),
                        l -> lines(l.title(), l.teacherName(), l.roomName()),
                        day,
                        session)));
            }
            case TEACHERS -> {
                Map<UUID, String> teachers = new LinkedHashMap<>();
                loaded.lessons().stream()
                        .filter(l -> l.staffId() != null && l.teacherName() != null)
                        .sorted(Comparator.comparing(
                                l -> PersonName.parse(l.teacherName()), PersonName.CLASS_LIST_ORDER))
                        .forEach(l -> teachers.putIfAbsent(l.staffId(), l.teacherName()));
                teachers.forEach((id, name) -> weeks.add(week(
                        loaded,
                        text(locale, "timetable.print.teacher.heading", name),
                        name,
                        l -> id.equals(l.staffId()),
                        l -> lines(l.className(), l.title(), loaded.place(l)),
                        day,
                        session)));
            }
            case ROOMS -> {
                loaded.lessons().stream()
                        .map(loaded::place)
                        .filter(Objects::nonNull)
                        .distinct()
                        .sorted(NATURAL)
                        .forEach(room -> weeks.add(week(
                                loaded,
                                text(locale, "timetable.print.room.heading", room),
                                room,
                                l -> room.equals(loaded.place(l)),
                                l -> lines(l.className(), l.title(), l.teacherName()),
                                day,
                                session)));
            }
            case CENTRE -> throw new IllegalArgumentException("the centre's overview is not a week per page");
        }
        return weeks;
    }

    private static PrintedWeek week(
            Loaded loaded,
            String heading,
            String name,
            Predicate<LessonView> shown,
            Function<LessonView, List<String>> lines,
            Function<java.time.DayOfWeek, String> day,
            Function<WeekGrid.Session, String> session) {
        return PrintedWeek.of(heading, name, loaded.grid(), loaded.lessons(), shown, lines, day, session);
    }

    @Override
    @PreAuthorize(READERS)
    public byte[] workbook(UUID versionId, Locale locale) {
        Loaded loaded = load(versionId);
        List<ExcelExport> sheets = new ArrayList<>();
        for (PrintedWeek week : weeks(loaded, Print.CLASSES, locale)) {
            sheets.add(sheet(week, week.name(), loaded, locale));
        }
        for (PrintedWeek week : weeks(loaded, Print.TEACHERS, locale)) {
            sheets.add(sheet(week, text(locale, "timetable.export.teacherSheet", week.name()), loaded, locale));
        }
        if (sheets.isEmpty()) {
            sheets.add(ExcelExport.titled(
                            subtitle(loaded, locale), List.of(Column.text(text(locale, "timetable.print.class"))))
                    .sheetNamed(text(locale, "timetable.print.classes"))
                    .row(text(locale, "timetable.print.none")));
        }
        return ExcelExport.workbook(
                text(
                        locale,
                        "timetable.export.title",
                        loaded.version().number(),
                        loaded.year().name()),
                sheets);
    }

    private ExcelExport sheet(PrintedWeek week, String sheetName, Loaded loaded, Locale locale) {
        List<Column> columns = new ArrayList<>();
        columns.add(Column.text(text(locale, "timetable.print.session")));
        columns.add(Column.whole(text(locale, "timetable.print.period")));
        columns.add(Column.text(text(locale, "timetable.print.time")));
        week.days().forEach(d -> columns.add(Column.text(d)));
        ExcelExport export = ExcelExport.titled(week.heading() + " – " + subtitle(loaded, locale), columns)
                .sheetNamed(sheetName);
        for (PrintedWeek.SessionRows session : week.sessions()) {
            for (PrintedWeek.PeriodRow row : session.rows()) {
                List<@Nullable Object> values = new ArrayList<>();
                values.add(StringUtils.capitalize(session.name()));
                values.add(row.period());
                values.add(row.times());
                row.cells().forEach(cell -> values.add(cell.isEmpty() ? null : String.join("\n", cell)));
                export.row(values.toArray());
            }
        }
        return export;
    }

    @Override
    @PreAuthorize(TimetableService.OFFICE)
    public byte[] fet(UUID versionId, Locale locale) {
        return fet.export(timetables.version(versionId), centreName(), locale);
    }

    @Override
    @PreAuthorize(TimetableService.OFFICE)
    public List<WorkloadRow> workload(UUID versionId) {
        Loaded loaded = load(versionId);
        Map<UUID, Integer> taught = new HashMap<>();
        Map<UUID, Integer> led = new HashMap<>();
        for (LessonView l : loaded.lessons()) {
            if (l.staffId() != null) {
                (l.subjectId() != null ? taught : led).merge(l.staffId(), l.duration(), Integer::sum);
            }
        }
        List<WorkloadRow> rows = new ArrayList<>();
        for (WorkloadLine line : academics.workload(loaded.year().id())) {
            var w = line.workload();
            rows.add(new WorkloadRow(
                    line.staffId(),
                    line.name().fullName(),
                    w.norm(),
                    w.countedReduction(),
                    w.owed(),
                    w.assigned(),
                    taught.getOrDefault(line.staffId(), 0),
                    led.getOrDefault(line.staffId(), 0)));
        }
        return rows;
    }

    @Override
    @PreAuthorize(TimetableService.OFFICE)
    public byte[] workloadWorkbook(UUID versionId, Locale locale) {
        VersionView version = timetables.version(versionId);
        List<WorkloadRow> rows = workload(versionId);
        ExcelExport export = ExcelExport.titled(
                        text(locale, "timetable.workload.heading", version.number()),
                        List.of(
                                Column.text(text(locale, "timetable.workload.teacher")),
                                Column.whole(text(locale, "timetable.workload.norm")),
                                Column.decimal(text(locale, "timetable.workload.reduction")),
                                Column.decimal(text(locale, "timetable.workload.owed")),
                                Column.decimal(text(locale, "timetable.workload.assigned")),
                                Column.whole(text(locale, "timetable.workload.timetabled")),
                                Column.whole(text(locale, "timetable.workload.activities")),
                                Column.decimal(text(locale, "timetable.workload.notTimetabled")),
                                Column.decimal(text(locale, "timetable.workload.balance"))))
                .sheetNamed(text(locale, "timetable.workload.sheet"));
        for (WorkloadRow row : rows) {
            export.row(
                    row.name(),
                    row.norm(),
                    row.countedReduction(),
                    row.owed(),
                    row.assigned(),
                    row.timetabled(),
                    row.activities(),
                    row.notTimetabled(),
                    row.balance());
        }
        return export.toBytes();
    }

    // ---------------------------------------------------------------- wording

    private String subtitle(Loaded loaded, Locale locale) {
        return text(
                locale,
                "timetable.print.subtitle",
                loaded.year().name(),
                loaded.version().number(),
                VietnameseText.DATE.format(loaded.version().effectiveFrom()));
    }

    /** A session's name in running text: "sáng". */
    private String sessionName(String kind, Locale locale) {
        return text(locale, "timetable.session." + kind);
    }

    private static String titleKey(Print print) {
        return switch (print) {
            case CLASSES -> "timetable.print.classes";
            case TEACHERS -> "timetable.print.teachers";
            case ROOMS -> "timetable.print.rooms";
            case CENTRE -> "timetable.print.centre.heading";
        };
    }

    private static List<String> lines(@Nullable String... lines) {
        List<String> kept = new ArrayList<>();
        for (String line : lines) {
            if (line != null && !line.isBlank()) {
                kept.add(line);
            }
        }
        return kept;
    }

    /** The overview's cell: the subject (its code when the name is long) and the teacher's given name. */
    private static List<String> overviewLines(LessonView lesson) {
        String subject = lesson.title().length() > SHORT_TITLE && lesson.subjectCode() != null
                ? lesson.subjectCode()
                : lesson.title();
        String teacher = lesson.teacherName() == null
                ? null
                : PersonName.parse(lesson.teacherName()).given();
        return lines(subject, teacher);
    }

    private String centreName() {
        return CurrentUser.centre()
                .flatMap(centres::centre)
                .map(CentreView::name)
                .orElse("");
    }

    private String text(Locale locale, String key, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }

    private static final Pattern NUMBER = Pattern.compile("\\d+");

    /** Names with their numbers compared as numbers: 10A2 before 10A10. */
    static final Comparator<String> NATURAL = (a, b) -> {
        Matcher ma = NUMBER.matcher(a);
        Matcher mb = NUMBER.matcher(b);
        int ia = 0;
        int ib = 0;
        while (ma.find(ia) && mb.find(ib) && ma.start() - ia == mb.start() - ib) {
            int text = VietnameseText.compare(a.substring(ia, ma.start()), b.substring(ib, mb.start()));
            if (text != 0) {
                return text;
            }
            int number = new BigDecimal(ma.group()).compareTo(new BigDecimal(mb.group()));
            if (number != 0) {
                return number;
            }
            ia = ma.end();
            ib = mb.end();
        }
        return VietnameseText.compare(a.substring(ia), b.substring(ib));
    };
}
