package vn.edu.ecenter.timetable.centre;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import vn.edu.ecenter.academics.ClassSession;
import vn.edu.ecenter.timetable.engine.Week;

/**
 * The week a centre teaches in: its school days (usually Monday to Saturday) and its sessions (ca: sáng, chiều, tối),
 * each with numbered periods, their times, and the long breaks (ra chơi) after some of them. Every day has the same
 * sessions. The times of the engine's week are numbered day by day, session by session, period by period; a session
 * of one day is one block of consecutive times, so no lesson runs from one session into the next.
 */
public record WeekGrid(List<DayOfWeek> days, List<Session> sessions) {

    /**
     * A session of the day with its periods in order.
     *
     * @param breakAfter the period numbers after which a long break comes: a double period must not straddle one
     */
    public record Session(ClassSession kind, List<Period> periods, Set<Integer> breakAfter) {

        public Session {
            periods = List.copyOf(periods);
            breakAfter = Set.copyOf(breakAfter);
            for (int i = 0; i < periods.size(); i++) {
                if (periods.get(i).number() != i + 1) {
                    throw new IllegalArgumentException("periods of " + kind + " are not numbered 1, 2, …");
                }
            }
        }
    }

    /** A period (tiết) of a session, numbered from 1, with its start and end time. */
    public record Period(int number, LocalTime start, LocalTime end) {}

    public WeekGrid {
        days = List.copyOf(days);
        sessions = List.copyOf(sessions);
        if (days.isEmpty() || sessions.isEmpty()) {
            throw new IllegalArgumentException("a week needs days and sessions");
        }
        if (sessions.stream().map(Session::kind).distinct().count() != sessions.size()) {
            throw new IllegalArgumentException("a session kind appears twice");
        }
    }

    /**
     * A common GDTX week: Monday to Saturday; morning from 7:00 and afternoon from 13:00 with five 45-minute periods,
     * evening (when asked for) from 17:45 with four; periods 5 minutes apart with a 15-minute break after the second.
     * FROM MEMORY (vn-regulations §3.2): every centre sets its own grid on the set-up page.
     */
    public static WeekGrid standard(boolean evening) {
        List<Session> sessions = new ArrayList<>();
        sessions.add(standardSession(ClassSession.MORNING, LocalTime.of(7, 0), 5));
        sessions.add(standardSession(ClassSession.AFTERNOON, LocalTime.of(13, 0), 5));
        if (evening) {
            sessions.add(standardSession(ClassSession.EVENING, LocalTime.of(17, 45), 4));
        }
        return new WeekGrid(
                List.of(
                        DayOfWeek.MONDAY,
                        DayOfWeek.TUESDAY,
                        DayOfWeek.WEDNESDAY,
                        DayOfWeek.THURSDAY,
                        DayOfWeek.FRIDAY,
                        DayOfWeek.SATURDAY),
                sessions);
    }

    private static Session standardSession(ClassSession kind, LocalTime first, int periods) {
        List<Period> list = new ArrayList<>();
        LocalTime start = first;
        for (int p = 1; p <= periods; p++) {
            LocalTime end = start.plusMinutes(45);
            list.add(new Period(p, start, end));
            start = end.plusMinutes(p == 2 ? 15 : 5);
        }
        return new Session(kind, list, Set.of(2));
    }

    /** The number of times in one day (every period of every session). */
    public int timesPerDay() {
        return sessions.stream().mapToInt(s -> s.periods().size()).sum();
    }

    public int times() {
        return days.size() * timesPerDay();
    }

    /** The position of a session kind in the day, or -1 when the centre does not teach in it. */
    public int sessionIndex(ClassSession kind) {
        for (int s = 0; s < sessions.size(); s++) {
            if (sessions.get(s).kind() == kind) {
                return s;
            }
        }
        return -1;
    }

    /** The engine's time of a slot; -1 when the slot is not in this grid. */
    public int time(Slot slot) {
        int day = days.indexOf(slot.day());
        int session = sessionIndex(slot.session());
        if (day < 0
                || session < 0
                || slot.period() < 1
                || slot.period() > sessions.get(session).periods().size()) {
            return -1;
        }
        return day * timesPerDay() + offset(session) + slot.period() - 1;
    }

    /** The slot of an engine time. */
    public Slot slot(int time) {
        int day = time / timesPerDay();
        int rest = time % timesPerDay();
        for (Session session : sessions) {
            if (rest < session.periods().size()) {
                return new Slot(days.get(day), session.kind(), rest + 1);
            }
            rest -= session.periods().size();
        }
        throw new IllegalArgumentException("no such time: " + time);
    }

    /** The times of one session of one day, in order. */
    public int[] timesOf(int day, int session) {
        int first = day * timesPerDay() + offset(session);
        int[] times = new int[sessions.get(session).periods().size()];
        for (int i = 0; i < times.length; i++) {
            times[i] = first + i;
        }
        return times;
    }

    /** The times of one day, every session. */
    public int[] timesOf(int day) {
        int[] times = new int[timesPerDay()];
        for (int i = 0; i < times.length; i++) {
            times[i] = day * timesPerDay() + i;
        }
        return times;
    }

    /** Whether a lesson of this duration starting at the time would run across a long break. */
    public boolean straddlesBreak(int start, int duration) {
        Slot first = slot(start);
        Session session = sessions.get(sessionIndex(first.session()));
        for (int period = first.period(); period < first.period() + duration - 1; period++) {
            if (session.breakAfter().contains(period)) {
                return true;
            }
        }
        return false;
    }

    /** The engine's week: one block ("day" to the engine) per session of each day, named in Vietnamese. */
    Week week(Wording wording) {
        List<String> names = new ArrayList<>();
        int[] block = new int[times()];
        for (int time = 0; time < times(); time++) {
            Slot slot = slot(time);
            names.add(wording.slot(slot));
            block[time] = days.indexOf(slot.day()) * sessions.size() + sessionIndex(slot.session());
        }
        return new Week(names, block);
    }

    private int offset(int session) {
        int offset = 0;
        for (int s = 0; s < session; s++) {
            offset += sessions.get(s).periods().size();
        }
        return offset;
    }
}
