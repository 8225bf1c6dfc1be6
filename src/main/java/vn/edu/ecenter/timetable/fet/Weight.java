package vn.edu.ecenter.timetable.fet;

import java.math.BigDecimal;

/**
 * A constraint's Weight_Percentage. FET treats 100 % as compulsory (a timetable breaking it is not accepted) and any
 * lower weight as "may be broken", each broken unit costing weight/100 conflicts.
 */
public record Weight(double percentage) {

    public static final Weight HARD = new Weight(100);

    public Weight {
        if (!(percentage >= 0 && percentage <= 100)) {
            throw new IllegalArgumentException("weight percentage outside 0..100: " + percentage);
        }
    }

    public boolean isHard() {
        return percentage == 100;
    }

    /** The percentage as FET writes it: "100", "95", "99.75". */
    public String text() {
        return BigDecimal.valueOf(percentage).stripTrailingZeros().toPlainString();
    }
}
