package vn.edu.ecenter.demo;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import vn.edu.ecenter.academics.Academics;
import vn.edu.ecenter.academics.AssignmentView;
import vn.edu.ecenter.academics.ClassSession;
import vn.edu.ecenter.centres.SchoolYearView;
import vn.edu.ecenter.identity.Identity;
import vn.edu.ecenter.identity.Role;
import vn.edu.ecenter.timetable.TimetableSetups;
import vn.edu.ecenter.timetable.TimetableSetups.GridInput;
import vn.edu.ecenter.timetable.TimetableSetups.NewMeeting;
import vn.edu.ecenter.timetable.TimetableSetups.PeriodInput;
import vn.edu.ecenter.timetable.TimetableSetups.SessionInput;
import vn.edu.ecenter.timetable.Timetables;
import vn.edu.ecenter.timetable.VersionView;
import vn.edu.ecenter.timetable.centre.WeekGrid;

/**
 * The demo centre's timetable, set up and made by the director ({@code giamdoc}) as the user guide describes: the
 * standard week with a five-period evening (17:30–21:40: the demo's evening classes have up to 25 periods a week), chào
 * cờ and sinh hoạt lớp, two computer rooms for Tin học, Ngữ văn and Toán with a double period, two subject groups'
 * meeting half-days, then TKB số 1 from the first day of the year, solved and published by a background job that runs
 * once the demo centre is committed ({@code ecenter.demo-timetable-seconds}, 60 by default, short in tests).
 */
@Component
class DemoTimetable {

    static final String COMPUTER_ROOM = "Phòng máy tính";

    private final TimetableSetups setups;
    private final Timetables timetables;
    private final Academics academics;
    private final Identity identity;
    private final int seconds;

    DemoTimetable(
            TimetableSetups setups,
            Timetables timetables,
            Academics academics,
            Identity identity,
            @Value("${ecenter.demo-timetable-seconds:60}") int seconds) {
        this.setups = setups;
        this.timetables = timetables;
        this.academics = academics;
        this.identity = identity;
        this.seconds = seconds;
    }

    /** Sets up the year's timetable and starts solving TKB số 1 (called inside the centre, after its records). */
    void load(UUID centreId, SchoolYearView year) {
        var director = DemoRecords.demoUser(identity, centreId, "giamdoc", "Trần Văn Minh", Role.DIRECTOR);
        DemoRecords.asUser(director, () -> {
            setups.saveGrid(year.id(), grid());
            setups.addUsualFixedActivities(year.id());
            setups.addRoom("Phòng máy 1", COMPUTER_ROOM, 45);
            setups.addRoom("Phòng máy 2", COMPUTER_ROOM, 45);
            setups.addMeeting(
                    year.id(),
                    new NewMeeting(
                            "Họp tổ Toán – Tin", List.of("TOAN", "TIN"), DayOfWeek.WEDNESDAY, ClassSession.MORNING));
            setups.addMeeting(
                    year.id(),
                    new NewMeeting(
                            "Họp tổ Ngữ văn – Sử – Địa",
                            List.of("VAN", "SU", "DIA"),
                            DayOfWeek.THURSDAY,
                            ClassSession.MORNING));
            for (AssignmentView a : academics.assignmentsOfYear(year.id())) {
                switch (a.subjectCode()) {
                    case "VAN", "TOAN" -> setups.saveCourseOption(year.id(), a.classId(), a.subjectId(), null, 1, null);
                    case "TIN" ->
                        setups.saveCourseOption(year.id(), a.classId(), a.subjectId(), null, 0, COMPUTER_ROOM);
                    default -> {
                        // the assignment's periods, single periods, the class's own room
                    }
                }
            }
            VersionView draft = timetables.createDraft(year.id(), year.startsOn(), null);
            timetables.solve(draft.id(), seconds, 1, true);
        });
    }

    /** The standard week, with an evening of five periods from 17:30. */
    private static GridInput grid() {
        WeekGrid standard = WeekGrid.standard(true);
        List<SessionInput> sessions = new ArrayList<>();
        for (WeekGrid.Session session : standard.sessions()) {
            List<PeriodInput> periods = new ArrayList<>();
            if (session.kind() == ClassSession.EVENING) {
                LocalTime start = LocalTime.of(17, 30);
                for (int p = 1; p <= 5; p++) {
                    periods.add(new PeriodInput(start, start.plusMinutes(45)));
                    start = start.plusMinutes(45 + (p == 2 ? 15 : 5));
                }
            } else {
                session.periods().forEach(p -> periods.add(new PeriodInput(p.start(), p.end())));
            }
            sessions.add(new SessionInput(session.kind(), periods, session.breakAfter()));
        }
        return new GridInput(standard.days(), sessions);
    }
}
