package vn.edu.ecenter.timetable.internal;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Writes iCalendar text (RFC 5545): content lines ended by CRLF, folded so that no line is longer than 75 octets of
 * UTF-8 (a continuation line starts with one space, and a character is never split), TEXT values escaped.
 */
final class ICalendar {

    static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    static final String CRLF = "\r\n";

    static final int MAX_OCTETS = 75;

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");

    private final StringBuilder out = new StringBuilder();

    /** A property whose value is written as it is (dates, rules, parameters already in place). */
    ICalendar raw(String nameAndParameters, String value) {
        out.append(fold(nameAndParameters + ":" + value)).append(CRLF);
        return this;
    }

    /** A property of type TEXT: backslash, semicolon, comma and line breaks escaped. */
    ICalendar text(String name, String value) {
        return raw(name, escape(value));
    }

    /** A date-time in the centre's zone: {@code DTSTART;TZID=Asia/Ho_Chi_Minh:20260907T070000}. */
    ICalendar local(String name, LocalDateTime time) {
        return raw(name + ";TZID=" + ZONE.getId(), local(time));
    }

    ICalendar begin(String component) {
        return raw("BEGIN", component);
    }

    ICalendar end(String component) {
        return raw("END", component);
    }

    @Override
    public String toString() {
        return out.toString();
    }

    static String local(LocalDateTime time) {
        return LOCAL.format(time);
    }

    /** A UTC date-time: {@code 20270531T165959Z}. */
    static String utc(Instant instant) {
        return LOCAL.format(LocalDateTime.ofInstant(instant, ZoneOffset.UTC)) + "Z";
    }

    static String escape(String value) {
        return value.replace("\\", "\\\\")
                .replace(";", "\\;")
                .replace(",", "\\,")
                .replace("\r\n", "\\n")
                .replace("\n", "\\n")
                .replace("\r", "\\n");
    }

    /** Folds a content line at 75 octets: each continuation starts with a space, which counts as one of its octets. */
    static String fold(String line) {
        StringBuilder folded = new StringBuilder(line.length() + 8);
        int octets = 0;
        for (int i = 0; i < line.length(); ) {
            int codePoint = line.codePointAt(i);
            int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > MAX_OCTETS) {
                folded.append(CRLF).append(' ');
                octets = 1;
            }
            folded.appendCodePoint(codePoint);
            octets += size;
            i += Character.charCount(codePoint);
        }
        return folded.toString();
    }
}
