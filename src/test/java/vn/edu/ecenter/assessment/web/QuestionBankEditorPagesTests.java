package vn.edu.ecenter.assessment.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import vn.edu.ecenter.assessment.NewTest;
import vn.edu.ecenter.assessment.QuestionView;
import vn.edu.ecenter.assessment.exchange.QuestionFormat;
import vn.edu.ecenter.assessment.questions.Accepted;
import vn.edu.ecenter.assessment.questions.Blueprint;
import vn.edu.ecenter.assessment.questions.Body;
import vn.edu.ecenter.assessment.questions.Item;
import vn.edu.ecenter.assessment.questions.NumericAnswer;
import vn.edu.ecenter.assessment.questions.Option;
import vn.edu.ecenter.assessment.questions.Pair;
import vn.edu.ecenter.assessment.questions.QuestionType;
import vn.edu.ecenter.support.Browser;
import vn.edu.ecenter.support.EcenterTest;
import vn.edu.ecenter.support.Page;
import vn.edu.ecenter.support.TestAccounts;

/**
 * The question editor for every kind of question, the options' own shares of the points and the question's picture,
 * as teacher Hà uses them in the browser (no JavaScript: the form as the page gives it is posted back).
 */
@EcenterTest
@DisplayName("Trang soạn câu hỏi: mọi loại câu, tỉ lệ điểm riêng, hình ảnh")
class QuestionBankEditorPagesTests extends BankPagesOfHa {

    /** A PNG's signature and the start of its header: enough for the check by first bytes. */
    static final byte[] PNG = {
        (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 0, 1, 0, 0, 0, 1
    };

    private static final String IMPORTED = """
            ::Số chẵn::Chọn các số chẵn {~%70%2 ~%30%4 ~%-100%5 ~%0%7}

            ::Thủ đô::Thủ đô của Việt Nam là {=Hà Nội ~%50%Thăng Long ~Huế}

            ::Ghép thủ đô::Ghép mỗi nước với thủ đô {=Việt Nam -> Hà Nội =Lào -> Viêng Chăn =Campuchia -> Phnôm Pênh = -> Băng Cốc}
            """;

    private static final String MOODLE = """
            <?xml version="1.0" encoding="UTF-8"?>
            <quiz>
              <question type="matching">
                <name><text>Ghép hằng đẳng thức</text></name>
                <questiontext format="html"><text>Ghép mỗi biểu thức với dạng khai triển của nó.</text></questiontext>
                <subquestion format="html"><text>\\((a + b)^2\\)</text><answer><text>\\(a^2 + 2ab + b^2\\)</text></answer></subquestion>
                <subquestion format="html"><text>\\((a - b)^2\\)</text><answer><text>\\(a^2 - 2ab + b^2\\)</text></answer></subquestion>
                <subquestion format="html"><text></text><answer><text>\\(a^2 - b^2\\)</text></answer></subquestion>
              </question>
              <question type="multianswer">
                <name><text>Điền khuyết</text></name>
                <questiontext format="html"><text><![CDATA[Phương trình \\(x^2 = 4\\) có {1:MULTICHOICE:hai~%100%hai nghiệm~một nghiệm} là \\(x = \\pm\\){2:NUMERICAL:=2:0} và tập nghiệm viết là {1:SHORTANSWER:=\\{-2; 2\\}~%50%-2; 2}.]]></text></questiontext>
              </question>
              <question type="ordering">
                <name><text>Các bước giải</text></name>
                <questiontext format="html"><text>Sắp xếp các bước giải phương trình bậc nhất.</text></questiontext>
                <gradingtype>ALL_OR_NOTHING</gradingtype>
                <answer fraction="1"><text>Chuyển vế</text></answer>
                <answer fraction="2"><text>Thu gọn</text></answer>
                <answer fraction="3"><text>Chia hai vế cho hệ số</text></answer>
              </question>
            </quiz>
            """;

    private QuestionView named(String name) {
        return academics.as(room.ha(), () -> banks.questions(room.bank().id())).stream()
                .filter(q -> q.metadata().name().equals(name))
                .findFirst()
                .orElseThrow();
    }

    private QuestionView latest(UUID id) {
        return academics.as(room.ha(), () -> banks.question(id).orElseThrow());
    }

    private void imports(QuestionFormat format, byte[] file) {
        academics.as(room.ha(), () -> banks.importQuestions(room.bank().id(), format, "de.txt", file));
    }

    /** What a browser without JavaScript sends for the form: every field, ticked boxes and chosen options only. */
    private static String[] asSent(Document page) {
        List<String> pairs = new ArrayList<>();
        for (Element field : page.select("form.question-form").select("input, textarea, select")) {
            String name = field.attr("name");
            String kind = field.attr("type");
            if (name.isEmpty() || kind.equals("file")) {
                continue;
            }
            if ((kind.equals("checkbox") || kind.equals("radio")) && !field.hasAttr("checked")) {
                continue;
            }
            String value =
                    switch (field.normalName()) {
                        case "textarea" -> field.wholeText();
                        case "select" -> field.select("option[selected]").val();
                        default -> kind.equals("checkbox") || kind.equals("radio") ? field.attr("value") : field.val();
                    };
            pairs.add(name);
            pairs.add(value);
        }
        return pairs.toArray(String[]::new);
    }

    /** Opens the question in the editor and saves it unchanged. */
    private Page saveUnchanged(UUID id) {
        Document form = ha.get("/assessment/questions/" + id + "/edit").document();
        return ha.post("/assessment/questions/" + id, asSent(form));
    }

    @Test
    @DisplayName(
            "Nhập Moodle XML: nội dung HTML thành văn bản không thẻ, hình nhúng thành hình của câu và được hiển thị")
    void anImportedMoodleQuestionShowsItsTextWithoutTagsAndItsEmbeddedPicture() throws Exception {
        byte[] sample;
        try (var in = getClass().getResourceAsStream("/assessment/cau-hoi-moodle.xml")) {
            sample = in.readAllBytes();
        }
        var outcome = academics.as(
                room.ha(),
                () -> banks.importQuestions(room.bank().id(), QuestionFormat.MOODLE_XML, "cau-hoi-moodle.xml", sample));
        QuestionView pythagoras = named("Định lí Py-ta-go");

        assertThat(pythagoras.question().text())
                .isEqualTo("Tam giác vuông có hai cạnh góc vuông \\(a = 3\\), \\(b = 4\\). Cạnh huyền bằng");
        assertThat(pythagoras.question().image()).isNotNull();
        assertThat(outcome.notes())
                .noneMatch(note -> note.item().equals("Câu 1: Định lí Py-ta-go")
                        && note.message().contains("hình"));
        Document page = ha.get("/assessment/questions/" + pythagoras.id()).document();
        assertThat(page.select(".question-text, .question-stem").text()).doesNotContain("<p>", "<img");
        assertThat(page.html()).doesNotContain("&lt;p&gt;", "&lt;img");
        String src = page.select("img.question-image").attr("src");
        assertThat(src).isEqualTo("/assessment/images/" + pythagoras.question().image());
        var picture = ha.download(src);
        assertThat(picture.statusCode()).isEqualTo(200);
        assertThat(picture.headers().firstValue("Content-Type")).hasValue("image/png");
        assertThat(picture.body()).containsExactly(0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n');
        var export = academics.as(room.ha(), () -> banks.export(room.bank().id(), QuestionFormat.MOODLE_XML));
        assertThat(new String(export.content(), StandardCharsets.UTF_8))
                .contains("@@PLUGINFILE@@/hinh.png", "name=\"hinh.png\"");
        assertThat(export.losses()).noneMatch(loss -> loss.contains("hình ảnh của câu hỏi"));
    }

    @Test
    @DisplayName("Câu nhập từ tệp có tỉ lệ điểm riêng: trang soạn hiện tỉ lệ, lưu không đổi thì giữ đúng tỉ lệ")
    void customSharesShowAndSurviveAnUnchangedSave() {
        imports(QuestionFormat.GIFT, IMPORTED.getBytes(StandardCharsets.UTF_8));
        QuestionView even = named("Số chẵn");
        QuestionView capital = named("Thủ đô");

        Document evenForm =
                ha.get("/assessment/questions/" + even.id() + "/edit").document();
        Document capitalForm =
                ha.get("/assessment/questions/" + capital.id() + "/edit").document();
        Page evenSaved = saveUnchanged(even.id());
        Page capitalSaved = saveUnchanged(capital.id());

        assertThat(evenForm.select("input.option-weight").eachAttr("value")).startsWith("70", "30", "-100", "0");
        assertThat(evenForm.select("input[name=right][checked]").eachAttr("value"))
                .containsExactly("0", "1");
        assertThat(capitalForm.select("input.option-weight").eachAttr("value")).startsWith("", "50", "");
        assertThat(evenSaved.location()).isEqualTo("/assessment/questions/" + even.id() + "?saved");
        assertThat(capitalSaved.location()).isEqualTo("/assessment/questions/" + capital.id() + "?saved");
        assertThat(latest(even.id()).version()).isEqualTo(2);
        assertThat(latest(even.id()).question().body())
                .isEqualTo(even.question().body());
        assertThat(latest(capital.id()).question().body())
                .isEqualTo(capital.question().body());
    }

    @Test
    @DisplayName("Tỉ lệ điểm không khớp ô đánh dấu đúng: báo lỗi nêu phương án, không lưu")
    void aShareThatContradictsTheTickIsRefused() {
        Page refused = ha.post(
                bankPath() + "/questions",
                "type",
                "MULTIPLE_RESPONSE",
                "text",
                "Chọn các số nguyên tố",
                "option.text.0",
                "2",
                "option.weight.0",
                "-50",
                "option.text.1",
                "3",
                "option.text.2",
                "4",
                "option.weight.2",
                "150",
                "right",
                "0",
                "right",
                "1");

        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.document().select("#editor-problems li").eachText())
                .contains(
                        "Phương án A: tỉ lệ «-50» % không khớp với ô đánh dấu — phương án đúng có tỉ lệ dương,"
                                + " phương án sai bằng 0 hoặc âm.",
                        "Phương án C: tỉ lệ điểm «150» phải từ -100 đến 100 (%).");
        assertThat(refused.document().select("#weight-2").val()).isEqualTo("150");
        assertThat(academics.as(room.ha(), () -> banks.questions(room.bank().id())))
                .hasSize(6);
    }

    @Test
    @DisplayName("Câu ghép đôi, sắp xếp, điền khuyết nhập từ Moodle XML: mở trang soạn, lưu không đổi thì không mất gì")
    void importedMatchingOrderingAndClozeRoundTripThroughTheEditor() {
        imports(QuestionFormat.MOODLE_XML, MOODLE.getBytes(StandardCharsets.UTF_8));
        imports(QuestionFormat.GIFT, IMPORTED.getBytes(StandardCharsets.UTF_8));
        List<QuestionView> imported = List.of(
                named("Ghép hằng đẳng thức"), named("Ghép thủ đô"), named("Các bước giải"), named("Điền khuyết"));

        Document cloze = ha.get("/assessment/questions/" + named("Điền khuyết").id() + "/edit")
                .document();
        Document matching = ha.get(
                        "/assessment/questions/" + named("Ghép thủ đô").id() + "/edit")
                .document();
        List<Page> saved = imported.stream().map(q -> saveUnchanged(q.id())).toList();

        assertThat(cloze.select("#q-cloze").text())
                .contains(
                        "{1:MULTICHOICE:%0%hai~%100%hai nghiệm~%0%một nghiệm}",
                        "{1:SHORTANSWER:%100%{-2; 2\\}~%50%-2; 2}");
        assertThat(matching.select("input[name^=distractor.]").eachAttr("value"))
                .contains("Băng Cốc");
        assertThat(saved).allSatisfy(page -> assertThat(page.location()).endsWith("?saved"));
        for (QuestionView before : imported) {
            QuestionView after = latest(before.id());
            assertThat(after.version()).as(before.metadata().name()).isEqualTo(2);
            assertThat(after.question()).as(before.metadata().name()).isEqualTo(before.question());
        }
    }

    @Test
    @DisplayName("Soạn mới câu ghép đôi, sắp xếp và điền khuyết trên trang")
    void theEditorWritesMatchingOrderingAndClozeQuestions() {
        Page kinds = ha.get(bankPath() + "/questions/new");
        Page matching = ha.post(
                bankPath() + "/questions",
                "type",
                "MATCHING",
                "text",
                "Ghép mỗi hàm số với đạo hàm của nó",
                "pair.prompt.0",
                "\\(x^2\\)",
                "pair.answer.0",
                "\\(2x\\)",
                "pair.prompt.1",
                "\\(x^3\\)",
                "pair.answer.1",
                "\\(3x^2\\)",
                "pair.prompt.2",
                "",
                "pair.answer.2",
                "",
                "distractor.0",
                "\\(x\\)");
        Page ordering = ha.post(
                bankPath() + "/questions",
                "type",
                "ORDERING",
                "text",
                "Sắp xếp các bước giải phương trình",
                "item.text.0",
                "Chuyển vế",
                "item.text.1",
                "Thu gọn",
                "item.text.2",
                "Chia hai vế",
                "partial",
                "true");
        Page cloze = ha.post(
                bankPath() + "/questions",
                "type",
                "CLOZE",
                "text",
                "",
                "cloze",
                "Thủ đô của Việt Nam là {1:MULTICHOICE:=Hà Nội~Huế}, \\(2 + 2 = \\) {2:NUMERICAL:=4:0}"
                        + " và sông dài nhất là {1:SHORTANSWER:=Mê Kông~%50%Cửu Long}.");

        assertThat(kinds.document().select(".list-group a").eachText())
                .anyMatch(k -> k.startsWith("Ghép đôi"))
                .hasSize(9);
        assertThat(matching.location()).endsWith("?saved");
        assertThat(ordering.location()).endsWith("?saved");
        assertThat(cloze.location()).endsWith("?saved");
        assertThat(body(matching))
                .isEqualTo(new Body.Matching(
                        List.of(new Pair("1", "\\(x^2\\)", "\\(2x\\)"), new Pair("2", "\\(x^3\\)", "\\(3x^2\\)")),
                        List.of("\\(x\\)")));
        assertThat(body(ordering))
                .isEqualTo(new Body.Ordering(
                        List.of(new Item("1", "Chuyển vế"), new Item("2", "Thu gọn"), new Item("3", "Chia hai vế")),
                        true));
        assertThat(body(cloze))
                .isEqualTo(new Body.Cloze(
                        "Thủ đô của Việt Nam là [[1]], \\(2 + 2 = \\) [[2]] và sông dài nhất là [[3]].",
                        List.of(
                                new Body.Gap(
                                        new Body.Choice(
                                                false,
                                                List.of(Option.right("A", "Hà Nội"), Option.wrong("B", "Huế")),
                                                false),
                                        1),
                                new Body.Gap(new Body.Numeric(List.of(NumericAnswer.exactly("4")), null), 2),
                                new Body.Gap(
                                        new Body.ShortAnswer(
                                                List.of(
                                                        Accepted.full("Mê Kông"),
                                                        new Accepted("Cửu Long", new java.math.BigDecimal("0.5"))),
                                                false),
                                        1))));
    }

    @Test
    @DisplayName("Điền khuyết viết sai: báo lỗi của đoạn văn, giữ nguyên nội dung đã gõ")
    void aBrokenClozeTextIsRefusedAndKeptAsTyped() {
        String typed = "Thủ đô là {1:DROPDOWN:=Hà Nội~Huế}.";
        Page refused = ha.post(bankPath() + "/questions", "type", "CLOZE", "text", "", "cloze", typed);
        Page half = ha.post(
                bankPath() + "/questions",
                "type",
                "MATCHING",
                "text",
                "Ghép",
                "pair.prompt.0",
                "a",
                "pair.answer.0",
                "b",
                "pair.prompt.1",
                "c",
                "pair.answer.1",
                "");

        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.document().select("#editor-problems li").eachText())
                .anyMatch(p -> p.startsWith("Đoạn điền khuyết:") && p.contains("DROPDOWN"));
        assertThat(refused.document().select("#q-cloze").text()).isEqualTo(typed);
        assertThat(half.document().select("#editor-problems li").eachText())
                .contains("Cặp ghép thứ 2 thiếu vế trái hoặc vế phải.");
    }

    @Test
    @DisplayName(
            "Hình ảnh: đính kèm khi soạn, hiện trên trang câu hỏi và bài làm của học viên; tệp không phải ảnh bị từ chối")
    void aPictureIsAttachedShownToTheLearnerAndRemoved() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("type", "SINGLE_CHOICE");
        fields.put("text", "Tam giác trong hình là tam giác gì?");
        fields.put("option.text.0", "Vuông");
        fields.put("option.text.1", "Đều");
        fields.put("right", "0");
        fields.put("topic", "Hình học");
        Page notAPicture = ha.postMultipart(
                bankPath() + "/questions",
                fields,
                "imageFile",
                "tam-giac.png",
                "<svg></svg>".getBytes(StandardCharsets.UTF_8));
        Page tooLarge = ha.postMultipart(
                bankPath() + "/questions",
                fields,
                "imageFile",
                "lon.png",
                java.util.Arrays.copyOf(PNG, 2 * 1024 * 1024 + 1));
        Page saved = ha.postMultipart(bankPath() + "/questions", fields, "imageFile", "tam-giac.png", PNG);

        assertThat(notAPicture.document().select("#editor-problems li").eachText())
                .containsExactly(
                        "Tệp «tam-giac.png» không phải hình ảnh PNG, JPEG, GIF hoặc WebP; hãy chọn một tệp ảnh.");
        assertThat(notAPicture.document().select("#q-text").text()).isEqualTo("Tam giác trong hình là tam giác gì?");
        assertThat(tooLarge.document().select("#editor-problems li").eachText())
                .containsExactly(
                        "Hình ảnh «lon.png» nặng 2.049 KB, quá giới hạn 2.048 KB (2 MB); hãy thu nhỏ ảnh rồi chọn lại.");
        assertThat(saved.location()).endsWith("?saved");
        String question = saved.location().replace("?saved", "");
        UUID id = UUID.fromString(question.substring(question.lastIndexOf('/') + 1));
        String src = ha.get(question).document().select("img.question-image").attr("src");
        assertThat(src).isEqualTo("/assessment/images/" + latest(id).question().image());
        var picture = ha.download(src);
        assertThat(picture.statusCode()).isEqualTo(200);
        assertThat(picture.headers().firstValue("Content-Type")).hasValue("image/png");
        assertThat(picture.body()).isEqualTo(PNG);

        // The learner who is given the question sees the picture; a learner without it on their paper may not fetch it.
        var test = fixture.set(
                room,
                new NewTest(
                        "Hình học",
                        room.bank().id(),
                        room.schoolClass().id(),
                        List.of(new Blueprint.Row("Hình học", null, QuestionType.SINGLE_CHOICE, 1)),
                        15,
                        Instant.now().minus(Duration.ofMinutes(5)),
                        Instant.now().plus(Duration.ofHours(1)),
                        true,
                        1,
                        null,
                        false,
                        Map.of(QuestionType.SINGLE_CHOICE, java.math.BigDecimal.ONE)));
        Browser an = Browser.signedIn(port, room.anLogin(), TestAccounts.PASSWORD);
        Browser binh = Browser.signedIn(port, room.binhLogin(), TestAccounts.PASSWORD);
        Page started = an.post("/my/tests/" + test.id() + "/start");
        Document paper = an.get(started.location()).document();
        assertThat(paper.select("fieldset.question img.question-image").attr("src"))
                .isEqualTo(src);
        assertThat(an.download(src).statusCode()).isEqualTo(200);
        assertThat(binh.download(src).statusCode()).isEqualTo(403);

        // Removing it saves a version without it; the first version keeps it.
        Document form = ha.get(question + "/edit").document();
        List<String> sent = new ArrayList<>(List.of(asSent(form)));
        sent.addAll(List.of("removeImage", "true"));
        Page removed = ha.post(question, sent.toArray(String[]::new));
        assertThat(form.select("#q-image-shown").attr("src")).isEqualTo(src);
        assertThat(removed.location()).endsWith("?saved");
        assertThat(latest(id).question().image()).isNull();
        assertThat(ha.get(question).document().select("img.question-image")).isEmpty();
    }

    private Body body(Page saved) {
        String path = saved.location().replace("?saved", "");
        return latest(UUID.fromString(path.substring(path.lastIndexOf('/') + 1)))
                .question()
                .body();
    }
}
