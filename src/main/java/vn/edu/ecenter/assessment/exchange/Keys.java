package vn.edu.ecenter.assessment.exchange;

import java.util.List;

/**
 * The keys given to what a file does not name: options A, B, C …, statements a, b, c, d, pairs and items 1, 2, 3 ….
 * An export to a format without keys reports keys that differ from these, since they will not come back.
 */
final class Keys {

    private Keys() {}

    static String option(int index) {
        return index < 26 ? String.valueOf((char) ('A' + index)) : "A" + (index + 1);
    }

    static String statement(int index) {
        return index < 26 ? String.valueOf((char) ('a' + index)) : "s" + (index + 1);
    }

    static String number(int index) {
        return String.valueOf(index + 1);
    }

    static boolean areOptions(List<String> keys) {
        for (int i = 0; i < keys.size(); i++) {
            if (!keys.get(i).equals(option(i))) {
                return false;
            }
        }
        return true;
    }

    static boolean areNumbers(List<String> keys) {
        for (int i = 0; i < keys.size(); i++) {
            if (!keys.get(i).equals(number(i))) {
                return false;
            }
        }
        return true;
    }
}
