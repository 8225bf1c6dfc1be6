package vn.edu.ecenter.gradebook.attendance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;

/**
 * How attendance marks become days absent in a school year, and how close they are to the limit. Pure code; the values
 * come from the settings {@code ecenter.attendance.*} and the limit from the rule set (docs/gradebook/attendance-rules.md
 * states each rule with its source).
 *
 * <ol>
 *   <li>Vắng có phép and vắng không phép both count, consecutive or not (TT 43/2021 Art. 11.1, CONFIRMED).
 *   <li>One missed session counts {@code daysPerSession} days: 1 by default, because the GDTX programme plans one
 *       session a day and TT 43 counts absences on that plan (CONFIRMED), so a learner who misses the class's session
 *       misses the day. A centre whose classes study two sessions a day may set 0.5, so that a session counts as the
 *       half-day it is (READING, after TT 22's count in buổi).
 *   <li>A date counts at most one day, however many sessions were missed on it (READING). When a date has both kinds,
 *       the không phép sessions are counted first.
 *   <li>Đi muộn is not an absence (the circulars count absences only). {@code latesPerAbsenceDay} = N &gt; 0 makes every N
 *       late arrivals of the year count one day không phép, a rule some centres set in their internal regulations
 *       (FROM MEMORY; 0, the default, never counts them).
 *   <li>Levels: {@link AbsenceLevel#WARNING} from {@code warningDays} (35), {@link AbsenceLevel#ALERT} from {@code
 *       alertDays} (45), {@link AbsenceLevel#OVER_LIMIT} above {@code limitDays} (45, the rule set's limit: 45 days is
 *       still promoted, 46 repeats the grade). The warning levels are the centre's choice, not the circular's.
 * </ol>
 */
public record AbsenceRule(
        BigDecimal daysPerSession, int latesPerAbsenceDay, int warningDays, int alertDays, int limitDays) {

    private static final BigDecimal HALF = new BigDecimal("0.5");

    public AbsenceRule {
        if (daysPerSession.compareTo(BigDecimal.ONE) != 0 && daysPerSession.compareTo(HALF) != 0) {
            throw new IllegalArgumentException("A missed session counts 1 or 0.5 days, not " + daysPerSession);
        }
        if (latesPerAbsenceDay < 0) {
            throw new IllegalArgumentException("Late arrivals per day absent cannot be negative");
        }
        if (warningDays < 0 || alertDays < warningDays || limitDays <= 0) {
            throw new IllegalArgumentException("Levels must satisfy 0 <= warning (" + warningDays + ") <= alert ("
                    + alertDays + ") and the limit (" + limitDays + ") must be positive");
        }
    }

    /** One session's mark of a learner: the date and the status. */
    public record Mark(LocalDate day, AttendanceStatus status) {}

    /** The days absent of one learner from all their marks of a school year (marks PRESENT may be left out). */
    public AbsenceCount count(Collection<Mark> marks) {
        Map<LocalDate, int[]> missed = new TreeMap<>();
        int lates = 0;
        for (Mark mark : marks) {
            switch (mark.status()) {
                case EXCUSED -> missed.computeIfAbsent(mark.day(), day -> new int[2])[0]++;
                case UNEXCUSED -> missed.computeIfAbsent(mark.day(), day -> new int[2])[1]++;
                case LATE -> lates++;
                case PRESENT -> {}
            }
        }
        BigDecimal excused = BigDecimal.ZERO;
        BigDecimal unexcused = BigDecimal.ZERO;
        for (int[] sessions : missed.values()) {
            BigDecimal withoutLeave = daysPerSession.multiply(BigDecimal.valueOf(sessions[1]));
            BigDecimal withLeave = daysPerSession.multiply(BigDecimal.valueOf(sessions[0]));
            BigDecimal day = withoutLeave.add(withLeave).min(BigDecimal.ONE);
            BigDecimal dayWithoutLeave = withoutLeave.min(day);
            unexcused = unexcused.add(dayWithoutLeave);
            excused = excused.add(day.subtract(dayWithoutLeave));
        }
        int latesCounted = latesPerAbsenceDay > 0 ? lates / latesPerAbsenceDay : 0;
        unexcused = unexcused.add(BigDecimal.valueOf(latesCounted));
        return new AbsenceCount(
                AbsenceCount.normal(excused),
                AbsenceCount.normal(unexcused),
                lates,
                latesCounted,
                limitDays,
                level(excused.add(unexcused)));
    }

    /** The level of a number of days absent. */
    public AbsenceLevel level(BigDecimal days) {
        if (days.compareTo(BigDecimal.valueOf(limitDays)) > 0) {
            return AbsenceLevel.OVER_LIMIT;
        }
        if (days.compareTo(BigDecimal.valueOf(alertDays)) >= 0) {
            return AbsenceLevel.ALERT;
        }
        if (days.compareTo(BigDecimal.valueOf(warningDays)) >= 0) {
            return AbsenceLevel.WARNING;
        }
        return AbsenceLevel.NORMAL;
    }

    /** A learner without any absence. */
    public AbsenceCount none() {
        return count(java.util.List.of());
    }
}
