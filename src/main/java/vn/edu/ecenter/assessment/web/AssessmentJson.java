package vn.edu.ecenter.assessment.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.edu.ecenter.assessment.AttemptPaper;
import vn.edu.ecenter.assessment.NewTest;
import vn.edu.ecenter.assessment.QuestionView;
import vn.edu.ecenter.assessment.SubmitResult;
import vn.edu.ecenter.assessment.questions.Blueprint;
import vn.edu.ecenter.assessment.questions.Body;
import vn.edu.ecenter.assessment.questions.CognitiveLevel;
import vn.edu.ecenter.assessment.questions.Item;
import vn.edu.ecenter.assessment.questions.QuestionType;
import vn.edu.ecenter.assessment.questions.Response;
import vn.edu.ecenter.assessment.questions.Statement;
import vn.edu.ecenter.platform.clock.BusinessClock;
import vn.edu.ecenter.platform.web.Rejected;

/**
 * The assessment API's JSON: what callers send (checked here, with a Vietnamese message naming the field when it is
 * missing or malformed) and what they get. Question listings for staff carry option ids but never which is right;
 * learners' papers carry the paper's ids only.
 */
final class AssessmentJson {

    private AssessmentJson() {}

    record NewBank(@Nullable String name, @Nullable UUID subjectId) {}

    record Created(UUID id) {}

    record Shown(String id, String text) {}

    /** A bank's question for staff: its content without the key (which options are right, accepted answers). */
    record ListedQuestion(
            UUID id,
            int version,
            String type,
            String text,
            List<Shown> options,
            List<String> statements,
            @Nullable String topic,
            @Nullable String level,
            String review,
            boolean retired) {

        static ListedQuestion of(QuestionView view) {
            List<Shown> options =
                    switch (view.question().body()) {
                        case Body.Choice choice ->
                            choice.options().stream()
                                    .map(o -> new Shown(o.key(), o.text()))
                                    .toList();
                        case Body.Ordering ordering ->
                            ordering.items().stream()
                                    .sorted(java.util.Comparator.comparing(Item::key))
                                    .map(i -> new Shown(i.key(), i.text()))
                                    .toList();
                        case Body.Matching matching ->
                            matching.pairs().stream()
                                    .map(p -> new Shown(p.key(), p.prompt()))
                                    .toList();
                        default -> List.of();
                    };
            List<String> statements = view.question().body() instanceof Body.Statements s
                    ? s.statements().stream().map(Statement::text).toList()
                    : List.of();
            CognitiveLevel level = view.metadata().level();
            return new ListedQuestion(
                    view.id(),
                    view.version(),
                    view.type().name(),
                    view.question().text(),
                    options,
                    statements,
                    view.metadata().topic(),
                    level == null ? null : level.name(),
                    view.review().name(),
                    view.retired());
        }
    }

    record BlueprintRow(
            @Nullable String topic,
            @Nullable String level,
            @Nullable String type,
            @Nullable Integer count) {}

    record TestRequest(
            @Nullable String title,
            @Nullable UUID bankId,
            @Nullable UUID classId,
            @Nullable List<BlueprintRow> blueprint,
            @Nullable Integer durationMinutes,
            @Nullable String opensAt,
            @Nullable String closesAt,
            @Nullable Boolean shuffle,
            @Nullable Integer attempts,
            @Nullable String accessCode,
            @Nullable Boolean graded,
            @Nullable Map<String, BigDecimal> points) {

        NewTest toNewTest() {
            String title = required(this.title, "title");
            UUID bank = required(bankId, "bankId");
            UUID schoolClass = required(classId, "classId");
            List<BlueprintRow> rows = required(blueprint, "blueprint");
            List<Blueprint.Row> parsed = new ArrayList<>();
            for (int i = 0; i < rows.size(); i++) {
                BlueprintRow row = rows.get(i);
                int count = row.count() == null ? 0 : row.count();
                if (count < 1) {
                    throw Rejected.badRequest("onlineTest.error.blueprintRow", i + 1);
                }
                parsed.add(new Blueprint.Row(
                        blankToNull(row.topic()),
                        row.level() == null ? null : level(row.level()),
                        row.type() == null ? null : type(row.type()),
                        count));
            }
            Map<QuestionType, BigDecimal> pointsByType = new LinkedHashMap<>();
            if (points != null) {
                points.forEach((type, value) -> pointsByType.put(type(type), value));
            }
            return new NewTest(
                    title,
                    bank,
                    schoolClass,
                    parsed,
                    required(durationMinutes, "durationMinutes"),
                    instant(required(opensAt, "opensAt"), "opensAt"),
                    instant(required(closesAt, "closesAt"), "closesAt"),
                    shuffle == null || shuffle,
                    attempts == null ? 1 : attempts,
                    accessCode,
                    graded != null && graded,
                    pointsByType);
        }
    }

    record StartRequest(@Nullable String accessCode) {}

    /** An answer as the API takes it: one of the fields, by the question's kind. */
    record AnswerRequest(
            @Nullable List<String> selected,
            @Nullable List<@Nullable Boolean> statements,
            @Nullable String text,
            @Nullable Map<String, String> pairs,
            @Nullable List<String> order,
            @Nullable List<String> gaps) {

        Response toResponse() {
            List<Response> given = new ArrayList<>();
            if (selected != null) {
                given.add(new Response.Selected(selected));
            }
            if (statements != null) {
                given.add(new Response.Truths(statements));
            }
            if (text != null) {
                given.add(new Response.Text(text));
            }
            if (pairs != null) {
                given.add(new Response.Matches(pairs));
            }
            if (order != null) {
                given.add(new Response.Order(order));
            }
            if (gaps != null) {
                given.add(new Response.Gaps(gaps));
            }
            if (given.size() != 1) {
                throw Rejected.badRequest("onlineTest.error.answerShape");
            }
            return given.getFirst();
        }

        static AnswerRequest of(Response response) {
            return switch (response) {
                case Response.Selected s -> new AnswerRequest(s.keys(), null, null, null, null, null);
                case Response.Truths t -> new AnswerRequest(null, t.values(), null, null, null, null);
                case Response.Text t -> new AnswerRequest(null, null, t.text(), null, null, null);
                case Response.Matches m -> new AnswerRequest(null, null, null, m.answers(), null, null);
                case Response.Order o -> new AnswerRequest(null, null, null, null, o.keys(), null);
                case Response.Gaps g -> new AnswerRequest(null, null, null, null, null, g.values());
            };
        }
    }

    /** A learner's paper: the questions in the paper's ids, the answers saved, the time left; the result once submitted. */
    record Paper(
            UUID attemptId,
            UUID testId,
            String title,
            Instant deadline,
            long secondsLeft,
            boolean submitted,
            List<AttemptPaper.PaperQuestion> questions,
            Map<UUID, AnswerRequest> answers,
            @Nullable SubmitResult result) {

        static Paper of(AttemptPaper paper) {
            Map<UUID, AnswerRequest> answers = new LinkedHashMap<>();
            paper.answers().forEach((id, response) -> answers.put(id, AnswerRequest.of(response)));
            return new Paper(
                    paper.attemptId(),
                    paper.testId(),
                    paper.title(),
                    paper.deadline(),
                    paper.secondsLeft(),
                    paper.result() != null,
                    paper.questions(),
                    answers,
                    paper.result());
        }
    }

    private static <T> T required(@Nullable T value, String field) {
        if (value == null) {
            throw Rejected.badRequest("onlineTest.error.missing", field);
        }
        return value;
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static CognitiveLevel level(String name) {
        try {
            return CognitiveLevel.valueOf(name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw Rejected.badRequest("onlineTest.error.level", name);
        }
    }

    private static QuestionType type(String name) {
        try {
            return QuestionType.valueOf(name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw Rejected.badRequest("onlineTest.error.type", name);
        }
    }

    /** "2026-12-07T07:30:00Z", "2026-12-07T07:30+07:00", or a local time "2026-12-07T07:30" in Việt Nam's time. */
    private static Instant instant(String text, String field) {
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException notOffset) {
            try {
                return LocalDateTime.parse(text).atZone(BusinessClock.ZONE).toInstant();
            } catch (DateTimeParseException e) {
                throw Rejected.badRequest("onlineTest.error.when", field, text);
            }
        }
    }
}
