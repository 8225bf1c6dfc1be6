package vn.edu.ecenter.assessment.web;

import static vn.edu.ecenter.assessment.web.FormFields.first;
import static vn.edu.ecenter.assessment.web.FormFields.named;
import static vn.edu.ecenter.assessment.web.FormFields.whole;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.util.MultiValueMap;
import vn.edu.ecenter.assessment.Contests;
import vn.edu.ecenter.assessment.questions.Blueprint;
import vn.edu.ecenter.assessment.questions.CognitiveLevel;
import vn.edu.ecenter.assessment.questions.QuestionType;
import vn.edu.ecenter.platform.clock.BusinessClock;
import vn.edu.ecenter.platform.web.Rejected;

/**
 * The "add a round" form as typed (every field a string, so that a refused form, or one given another blueprint row,
 * comes back as it was). The blueprint's rows are indexed fields — {@code topic0}, {@code level0}, {@code type0},
 * {@code count0}, then {@code …1} and so on — read in the order of their numbers, whatever the numbers are.
 */
record RoundForm(
        String name,
        String level,
        String bankId,
        String durationMinutes,
        String opensAt,
        String closesAt,
        String advance,
        List<Row> rows,
        Map<QuestionType, String> points) {

    /** The most rows a round's blueprint has (the service refuses more, naming the limit). */
    static final int MOST_ROWS = Contests.MOST_ROWS;

    /** Rows the empty form shows. */
    private static final int FIRST_ROWS = 3;

    private static final Pattern ROW_FIELD = Pattern.compile("(topic|level|type|count)(\\d{1,4})");

    /** A row of the blueprint as typed: topic, cognitive level, kind (blank for any) and how many questions. */
    record Row(String topic, String level, String type, String count) {

        static final Row BLANK = new Row("", "", "", "");

        boolean blank() {
            return topic.isBlank() && level.isBlank() && type.isBlank() && count.isBlank();
        }
    }

    RoundForm {
        rows = List.copyOf(rows);
        points = Map.copyOf(points);
    }

    /** An empty form: three blank rows, opening at the next full hour for a day, 30 minutes, 3 go on. */
    static RoundForm blank(LocalDateTime now) {
        LocalDateTime opens = now.truncatedTo(ChronoUnit.HOURS).plusHours(1);
        return new RoundForm(
                "",
                Contests.Level.CLASS.name(),
                "",
                "30",
                opens.toString(),
                opens.plusDays(1).toString(),
                "3",
                Collections.nCopies(FIRST_ROWS, Row.BLANK),
                Map.of());
    }

    static RoundForm posted(MultiValueMap<String, String> form) {
        SortedSet<Integer> indices = new TreeSet<>();
        for (String field : form.keySet()) {
            Matcher row = ROW_FIELD.matcher(field);
            if (row.matches()) {
                indices.add(Integer.parseInt(row.group(2)));
            }
        }
        List<Row> rows = new ArrayList<>();
        for (int i : indices) {
            rows.add(new Row(
                    first(form, "topic" + i),
                    first(form, "level" + i),
                    first(form, "type" + i),
                    first(form, "count" + i)));
        }
        Map<QuestionType, String> points = new EnumMap<>(QuestionType.class);
        for (QuestionType type : QuestionType.values()) {
            String typed = first(form, "points." + type.name());
            if (!typed.isBlank()) {
                points.put(type, typed);
            }
        }
        return new RoundForm(
                first(form, "name"),
                first(form, "level"),
                first(form, "bankId"),
                first(form, "durationMinutes"),
                first(form, "opensAt"),
                first(form, "closesAt"),
                first(form, "advance"),
                rows,
                points);
    }

    public boolean full() {
        return rows.size() >= MOST_ROWS;
    }

    /** The same form with one more blank row ("Thêm dòng" without a script); refused when it has the most already. */
    RoundForm withRow() {
        if (full()) {
            throw new Rejected("contest.error.tooManyRows", MOST_ROWS);
        }
        List<Row> more = new ArrayList<>(rows);
        more.add(Row.BLANK);
        return new RoundForm(name, level, bankId, durationMinutes, opensAt, closesAt, advance, more, points);
    }

    /** The round to add; blank rows are left out. Refused, naming the row or the field, when it cannot be read. */
    Contests.NewRound toNewRound() {
        if (rows.size() > MOST_ROWS) {
            throw new Rejected("contest.error.tooManyRows", MOST_ROWS);
        }
        List<Blueprint.Row> blueprint = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            if (row.blank()) {
                continue;
            }
            int count = whole(row.count());
            if (count < 1) {
                throw new Rejected("onlineTest.error.blueprintRow", i + 1);
            }
            blueprint.add(new Blueprint.Row(
                    row.topic().isBlank() ? null : row.topic().strip(),
                    named(CognitiveLevel.class, row.level()),
                    named(QuestionType.class, row.type()),
                    count));
        }
        Map<QuestionType, BigDecimal> pointsByType = new EnumMap<>(QuestionType.class);
        try {
            points.forEach((type, typed) ->
                    pointsByType.put(type, new BigDecimal(typed.strip().replace(',', '.'))));
            Contests.Level roundLevel = named(Contests.Level.class, level);
            if (roundLevel == null) {
                throw new IllegalArgumentException("no level");
            }
            return new Contests.NewRound(
                    name,
                    roundLevel,
                    UUID.fromString(bankId.strip()),
                    blueprint,
                    pointsByType,
                    Integer.parseInt(durationMinutes.strip()),
                    time(opensAt),
                    time(closesAt),
                    Integer.parseInt(advance.strip()));
        } catch (IllegalArgumentException | DateTimeException unreadable) {
            throw new Rejected("contest.error.form");
        }
    }

    private static Instant time(String typed) {
        return LocalDateTime.parse(typed.strip()).atZone(BusinessClock.ZONE).toInstant();
    }
}
