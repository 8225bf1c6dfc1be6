package vn.edu.ecenter.gradebook.prints.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import vn.edu.ecenter.gradebook.rules.Decision;
import vn.edu.ecenter.gradebook.rules.Mark;
import vn.edu.ecenter.gradebook.rules.Rating;
import vn.edu.ecenter.people.Sex;

/**
 * How the official forms write values, for the print templates (as {@code f}): scores with a decimal comma and one
 * decimal ("8,5", "8,0"), the two-decimal figures of graduation ("6,25"), dates as dd/MM/yyyy, the date of signing in
 * words with the leading zeros of NĐ 30/2020 (vn-regulations §9.3), and the Vietnamese names of results. A blank
 * value is written as nothing at all, never as "null".
 */
public final class PrintFormat {

    static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

    /** What a blank date of signing prints, to be written by hand. */
    static final String BLANK = "....";

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final MessageSource messages;

    PrintFormat(MessageSource messages) {
        this.messages = messages;
    }

    /** "8,5", "8,0", "Đ", "CĐ"; a score not entered is an empty cell. */
    public String mark(@Nullable Mark mark) {
        return mark == null ? "" : mark.display();
    }

    /** Two decimals with a comma, rounded half-up: the graduation averages of TT 24/2024 Art. 44 ("6,25"). */
    public String twoDecimals(@Nullable BigDecimal value) {
        return value == null
                ? ""
                : value.setScale(2, RoundingMode.HALF_UP).toPlainString().replace('.', ',');
    }

    public String date(@Nullable LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    /** The day in a date of signing: "05" (a leading zero for days 1–9). */
    public String day(@Nullable LocalDate date) {
        return date == null ? BLANK : String.format("%02d", date.getDayOfMonth());
    }

    /** The month in a date of signing: "01", "02", then "3" … "12" (NĐ 30/2020: a leading zero for months 1 and 2). */
    public String month(@Nullable LocalDate date) {
        if (date == null) {
            return BLANK;
        }
        int month = date.getMonthValue();
        return month < 3 ? "0" + month : Integer.toString(month);
    }

    public String year(@Nullable LocalDate date) {
        return date == null ? BLANK : Integer.toString(date.getYear());
    }

    /** Capitals with Vietnamese letters intact ("TRUNG TÂM GIÁO DỤC THƯỜNG XUYÊN"). */
    public String upper(@Nullable String text) {
        return text == null ? "" : text.toUpperCase(VIETNAMESE);
    }

    public String text(@Nullable String text) {
        return text == null ? "" : text;
    }

    /** "Tốt", "Khá", "Đạt", "Chưa đạt"; blank while not decided. */
    public String rating(@Nullable Rating rating) {
        return rating == null ? "" : message(rating.messageKey());
    }

    /** "Lên lớp", "Kiểm tra lại", "Rèn luyện trong kỳ nghỉ hè", "Ở lại lớp"; blank while not decided. */
    public String decision(@Nullable Decision decision) {
        return decision == null ? "" : message(decision.messageKey());
    }

    public String sex(@Nullable Sex sex) {
        return sex == null ? "" : message("people.sex." + sex.name());
    }

    private String message(String key) {
        return messages.getMessage(key, null, VIETNAMESE);
    }
}
