package vn.edu.ecenter.platform.documents.math;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.edu.ecenter.platform.documents.math.MathText.Formula;
import vn.edu.ecenter.platform.documents.math.MathText.Text;

/**
 * The delimiters of formulas, the same rules as the browser's static/js/math.js: each case shows the pieces as
 * text «…», inline formula ‹…› or display formula ⟦…⟧.
 */
class MathTextTests {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            # money stays text
            giá 5$ hoặc 10$                 | «giá 5$ hoặc 10$»
            $5 và $10                       | «$5 và $10»
            5$/kg và 7$/kg                  | «5$/kg và 7$/kg»
            $ x$                            | «$ x$»
            $x $                            | «$x $»
            $x$5                            | «$x$5»
            # \\$ is never a delimiter
            \\$x$                           | «\\$x$»
            $a\\$b$                         | ‹a\\$b›
            # inline and display formulas
            số $x^2$ và                     | «số »‹x^2›« và»
            $x$ và $y$                      | ‹x›« và »‹y›
            \\(a + b\\)                     | ‹a + b›
            \\[a\\]                         | ⟦a⟧
            $$x_1$$ rồi                     | ⟦x_1⟧« rồi»
            $$\\frac{1}{2}$ và $3$          | «$$\\frac{1}{2}$ và »‹3›
            # unclosed and empty delimiters stay text
            \\(\\)                          | «\\(\\)»
            \\(x                            | «\\(x»
            a$$                             | «a$$»
            $$$$                            | «$$$$»
            """)
    void cutsTextIntoTextAndFormulas(String text, String pieces) {
        assertThat(shown(text)).isEqualTo(pieces);
    }

    @ParameterizedTest(name = "line break: {0}")
    @CsvSource(delimiter = '|', textBlock = """
            $a<n>b$            | «$a<n>b$»
            \\(a<n>b\\)        | ‹a<n>b›
            $$a<n>b$$          | ⟦a<n>b⟧
            """)
    void inlineDollarsDoNotSpanALineBreak(String text, String pieces) {
        assertThat(shown(text.replace("<n>", "\n")).replace("\n", "<n>")).isEqualTo(pieces);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            giá 5$ hoặc 10$ \\(x\\) $$y$$
            \\(\\frac{1}{2\\)
            a \\
            """)
    void thePiecesGiveTheTextBack(String text) {
        assertThat(MathText.split(text).stream()
                        .map(p -> p instanceof Formula f ? f.source() : ((Text) p).text())
                        .collect(Collectors.joining()))
                .isEqualTo(text);
    }

    private static String shown(String text) {
        return MathText.split(text).stream()
                .map(piece -> switch (piece) {
                    case Text t -> "«" + t.text() + "»";
                    case Formula f -> f.display() ? "⟦" + f.tex() + "⟧" : "‹" + f.tex() + "›";
                })
                .collect(Collectors.joining());
    }
}
