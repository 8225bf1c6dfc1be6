package vn.edu.ecenter.gradebook.attendance.internal;

import java.math.BigDecimal;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How attendance is counted ({@code ecenter.attendance.*}); docs/gradebook/attendance-rules.md explains each value and
 * its source.
 *
 * @param daysPerSession days one missed session counts: 1 (the GDTX plan of one session a day) or 0.5 (a session is a
 *     half-day)
 * @param latesPerAbsenceDay every this many late arrivals count one day không phép; 0 never
 * @param warningDays days absent from which the count shows as a warning
 * @param alertDays days absent from which the count shows as an alert (the limit itself comes from the rule set)
 */
@ConfigurationProperties("ecenter.attendance")
record AttendanceProperties(
        @DefaultValue("1") BigDecimal daysPerSession,
        @DefaultValue("0") int latesPerAbsenceDay,
        @DefaultValue("35") int warningDays,
        @DefaultValue("45") int alertDays) {}
