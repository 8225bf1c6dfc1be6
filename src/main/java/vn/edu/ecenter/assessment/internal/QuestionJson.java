package vn.edu.ecenter.assessment.internal;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import tools.jackson.databind.json.JsonMapper;
import vn.edu.ecenter.assessment.questions.Body;
import vn.edu.ecenter.assessment.questions.Question;
import vn.edu.ecenter.assessment.questions.Response;

/**
 * Questions and responses as the JSON the database keeps ({@code question_version.content}, {@code answer.response}).
 * The pure model carries no JSON annotations; the kind of each body and response is written as {@code "kind"} by the
 * mix-ins here. The names are stored data: renaming one needs a migration.
 */
final class QuestionJson {

    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
    @JsonSubTypes({
        @JsonSubTypes.Type(value = Body.Choice.class, name = "choice"),
        @JsonSubTypes.Type(value = Body.Statements.class, name = "statements"),
        @JsonSubTypes.Type(value = Body.ShortAnswer.class, name = "shortAnswer"),
        @JsonSubTypes.Type(value = Body.Numeric.class, name = "numeric"),
        @JsonSubTypes.Type(value = Body.Matching.class, name = "matching"),
        @JsonSubTypes.Type(value = Body.Ordering.class, name = "ordering"),
        @JsonSubTypes.Type(value = Body.Cloze.class, name = "cloze"),
        @JsonSubTypes.Type(value = Body.Essay.class, name = "essay")
    })
    private interface BodyKinds {}

    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
    @JsonSubTypes({
        @JsonSubTypes.Type(value = Response.Selected.class, name = "selected"),
        @JsonSubTypes.Type(value = Response.Truths.class, name = "truths"),
        @JsonSubTypes.Type(value = Response.Text.class, name = "text"),
        @JsonSubTypes.Type(value = Response.Matches.class, name = "matches"),
        @JsonSubTypes.Type(value = Response.Order.class, name = "order"),
        @JsonSubTypes.Type(value = Response.Gaps.class, name = "gaps")
    })
    private interface ResponseKinds {}

    private static final JsonMapper JSON = JsonMapper.builder()
            .addMixIn(Body.class, BodyKinds.class)
            .addMixIn(Response.class, ResponseKinds.class)
            .build();

    private QuestionJson() {}

    static String write(Question question) {
        return JSON.writeValueAsString(question);
    }

    static Question question(String json) {
        return JSON.readValue(json, Question.class);
    }

    static String write(Response response) {
        return JSON.writeValueAsString(response);
    }

    static Response response(String json) {
        return JSON.readValue(json, Response.class);
    }
}
