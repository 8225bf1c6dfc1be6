package vn.edu.ecenter.assessment.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.edu.ecenter.assessment.exchange.Samples.imported;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.edu.ecenter.assessment.questions.Body;
import vn.edu.ecenter.assessment.questions.Option;

@DisplayName("HTML của tệp nhập thành văn bản thường, hình đầu tiên thành hình của câu")
class HtmlTextTests {

    /** Images become «[src]» so that the tests see where they were. */
    private static String text(String html) {
        return HtmlText.text(html, (src, alt) -> "[" + src + "]");
    }

    // In the rows, ⏎ stands for a line break.
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '¦', quoteCharacter = '`', textBlock = """
            paragraphs                   ¦ <p>Một</p><p>Hai</p>                                   ¦ Một⏎Hai
            spaces of HTML collapse      ¦ <p>  Một\\n   câu  </p>\\n\\n<p> hỏi </p>                  ¦ Một câu⏎hỏi
            br                           ¦ Dòng 1<br>Dòng 2<br/>Dòng 3<BR />                       ¦ Dòng 1⏎Dòng 2⏎Dòng 3
            at most one blank line       ¦ A<br><br><br><br>B<p>&nbsp;</p><p>&nbsp;</p><p>C</p>   ¦ A⏎⏎B⏎⏎C
            divisions and headings       ¦ <h3>Phần I</h3><div>Câu <b>đầu</b></div><div><div>x</div></div> ¦ Phần I⏎Câu đầu⏎x
            bulleted list                ¦ <p>Chọn:</p><ul><li>một</li><li>hai</li></ul>Hết        ¦ Chọn:⏎• một⏎• hai⏎Hết
            numbered list                ¦ <ol><li>đầu</li><li>sau</li></ol>                       ¦ 1. đầu⏎2. sau
            table rows                   ¦ <table><tr><th>x</th><th>y</th></tr><tr><td>1</td><td>2</td></tr></table> ¦ x | y⏎1 | 2
            inline tags go               ¦ <span style="color:red"><strong>Đậm</strong> <em>nghiêng</em> <u>gạch</u></span> ¦ Đậm nghiêng gạch
            named entities               ¦ a &lt; b &amp;&amp; c &gt; d &quot;e&quot; f&nbsp;g &ndash; &hellip; ¦ a < b && c > d "e" f g – …
            numeric entities             ¦ &#8722;3 &#x2264; x &#225;                              ¦ −3 ≤ x á
            unknown entity kept          ¦ AT&T &foo; &                                            ¦ AT&T &foo; &
            superscript digits           ¦ x<sup>2</sup> + y<sup>-10</sup>                          ¦ x² + y⁻¹⁰
            subscript digits             ¦ H<sub>2</sub>SO<sub>4</sub>                              ¦ H₂SO₄
            other superscripts           ¦ e<sup>x+1</sup>, a<sub>n</sub>                            ¦ e^(x+1), a_(n)
            nested tags in superscript   ¦ 2<sup><i>n</i></sup>, 10<sup><b>3</b></sup>              ¦ 2^(n), 10³
            LaTeX untouched              ¦ <p>\\(a^2 + b_1 \\le \\frac{1}{2}\\)</p><p>\\[ x &lt; y \\]</p> ¦ \\(a^2 + b_1 \\le \\frac{1}{2}\\)⏎\\[ x < y \\]
            dollar formulas untouched    ¦ <p>$$\\sqrt{x}$$ và $x_1$</p>                            ¦ $$\\sqrt{x}$$ và $x_1$
            unclosed tags                ¦ <p>Một<p>Hai<b>đậm                                       ¦ Một⏎Haiđậm
            stray less-than signs        ¦ <p>x < 3 và 2<x</p>                                      ¦ x < 3 và 2<x
            tag cut short                ¦ Câu <b hỏi                                               ¦ Câu <b hỏi
            comments and scripts         ¦ A<!-- ghi chú --><script>alert(1)</script><style>p{}</style>B ¦ AB
            unclosed superscript         ¦ x<sup>2                                                  ¦ x²
            images in place              ¦ <p>Xem <img src="a.png" alt="x"> hình</p>                ¦ Xem [a.png] hình
            preformatted keeps spaces    ¦ <pre>if x:\\n    y</pre>                                  ¦ if x:⏎    y
            """)
    void turnsHtmlIntoPlainText(String rule, String html, String text) {
        assertThat(text(html.replace("\\n", "\n").replace("\\\\", "\\")))
                .as(rule)
                .isEqualTo(text.replace("⏎", "\n").replace("\\\\", "\\"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"<p>Câu</p>", "a<br>b", "x&nbsp;y", "<IMG SRC='a.png'>", "a &lt; b", "<!-- c -->"})
    void recognisesHtml(String text) {
        assertThat(HtmlText.looksLikeHtml(text)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Tổng ba góc bằng \\(180^\\circ\\).", "x < 3 và y > 2", "a<b", "AT&T", "Dòng 1\nDòng 2"})
    void leavesPlainTextAlone(String text) {
        assertThat(HtmlText.looksLikeHtml(text)).isFalse();
    }

    private static final String PNG = "data:image/png;base64,iVBORw0KGgo=";
    private static final String GIF = "data:image/gif;base64,"
            + java.util.Base64.getEncoder().encodeToString("GIF89a..".getBytes(StandardCharsets.US_ASCII));

    @Test
    @DisplayName(
            "Hình đầu tiên thành hình của câu; hình thứ hai, hình trong phương án, SVG, hình hỏng: [hình] và ghi chú")
    void keepsTheFirstPictureAndMarksAndNotesEveryOther() {
        List<String> notes = new ArrayList<>();
        var pictures = new Pictures(notes::add);

        String stem = pictures.stem("<p>Nhìn <img src=\"" + PNG + "\" alt=\"tam giác\"> và <img src=\"" + GIF
                + "\"></p><p><img src=\"data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=\" alt=\"vẽ\">"
                + "<img src=\"data:image/png;base64,bm90IGFuIGltYWdl\" alt=\"hỏng\">"
                + "<img src=\"https://example.org/x.png\" alt=\"ngoài\"></p>");
        String option = pictures.other("<p>Hình <img src=\"" + PNG + "\" alt=\"phương án\"></p>");

        assertThat(stem).isEqualTo("Nhìn và [hình]\n[hình][hình][hình]");
        assertThat(option).isEqualTo("Hình [hình]");
        assertThat(pictures.picture()).isNotNull();
        assertThat(pictures.picture().name()).isEqualTo("tam giác");
        assertThat(notes)
                .containsExactly(
                        "Chỉ giữ hình đầu tiên của nội dung câu hỏi làm hình của câu; hình «số 2» không được giữ, chỗ của nó ghi [hình].",
                        "Hình «vẽ» không phải PNG/JPEG/GIF/WebP (SVG cũng không nhận) nên không được giữ, chỗ của nó ghi [hình].",
                        "Hình «hỏng» không phải PNG/JPEG/GIF/WebP (SVG cũng không nhận) nên không được giữ, chỗ của nó ghi [hình].",
                        "Hình «ngoài» ở địa chỉ ngoài tệp (https://example.org/x.png) nên không được tải về, chỗ của nó ghi [hình].",
                        "Chỉ giữ hình đầu tiên của nội dung câu hỏi làm hình của câu; hình «phương án» không được giữ, chỗ của nó ghi [hình].");
    }

    @Test
    void refusesAPictureOverTwoMegabytesAndKeepsTheNextOne() {
        List<String> notes = new ArrayList<>();
        var pictures = new Pictures(notes::add);
        byte[] large = new byte[2 * 1024 * 1024 + 1];
        System.arraycopy(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}, 0, large, 0, 8);
        String big = "data:image/png;base64," + java.util.Base64.getEncoder().encodeToString(large);

        String stem =
                pictures.stem("<p><img src=\"" + big + "\" alt=\"lớn\"><img src=\"" + GIF + "\" alt=\"nhỏ\"></p>");

        assertThat(stem).isEqualTo("[hình]");
        assertThat(pictures.picture().name()).isEqualTo("nhỏ");
        assertThat(notes)
                .containsExactly(
                        "Hình «lớn» nặng 2.049 KB, quá giới hạn 2.048 KB nên không được giữ, chỗ của nó ghi [hình].");
    }

    @Test
    @DisplayName("Moodle XML: văn bản thường (plain_text) giữ nguyên, moodle_auto_format xuống dòng như <br>")
    void readsMoodleFormatsByTheirNames() {
        String xml = """
                <quiz>
                  <question type="multichoice">
                    <name><text>Định dạng</text></name>
                    <questiontext format="moodle_auto_format"><text><![CDATA[Dòng <b>một</b>
                Dòng hai]]></text></questiontext>
                    <single>true</single>
                    <answer fraction="100" format="plain_text"><text><![CDATA[<p> nguyên văn]]></text></answer>
                    <answer fraction="0" format="html"><text><![CDATA[<p>x<sup>2</sup></p>]]></text></answer>
                  </question>
                </quiz>
                """;
        var question =
                imported(QuestionReader.read(QuestionFormat.MOODLE_XML, xml.getBytes(StandardCharsets.UTF_8)), 0);

        assertThat(question.spec().question().text()).isEqualTo("Dòng một\nDòng hai");
        assertThat(((Body.Choice) question.spec().question().body()).options())
                .extracting(Option::text)
                .containsExactly("<p> nguyên văn", "x²");
        assertThat(question.picture()).isNull();
    }
}
