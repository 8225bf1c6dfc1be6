package vn.edu.ecenter.assessment.internal;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import vn.edu.ecenter.platform.clock.BusinessClock;

/** Times and dates of contests as the centre reads them (Việt Nam's time). */
final class ContestTime {

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy").withZone(BusinessClock.ZONE);
    private static final DateTimeFormatter DAY =
            DateTimeFormatter.ofPattern("dd/MM/yyyy").withZone(BusinessClock.ZONE);

    private ContestTime() {}

    static String format(Instant at) {
        return WHEN.format(at);
    }

    static String date(Instant at) {
        return DAY.format(at);
    }
}
