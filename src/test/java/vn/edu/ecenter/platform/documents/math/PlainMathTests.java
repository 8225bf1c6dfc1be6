package vn.edu.ecenter.platform.documents.math;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("Công thức trên một dòng chữ thường (ô chọn của câu ghép đôi, điền khuyết)")
class PlainMathTests {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            \\(x^2\\)                         | x²
            \\(x^{10}\\)                      | x¹⁰
            \\(x_1 + x_2\\)                   | x₁+x₂
            \\(e^{i\\pi}\\)                   | e^(iπ)
            \\(a^{b+c}\\)                     | a^(b+c)
            \\(\\frac{a}{b}\\)                | a/b
            \\(\\dfrac{a+1}{2}\\)             | (a+1)/2
            \\(\\frac12\\)                    | 1/2
            \\(\\sqrt{2}\\)                   | √2
            \\(\\sqrt{x+1}\\)                 | √(x+1)
            \\(\\sqrt[3]{8}\\)                | ³√8
            \\(\\alpha \\le \\beta\\)         | α≤β
            \\(x \\in \\mathbb{R}\\)          | x∈ℝ
            \\(30^\\circ\\)                   | 30°
            \\(\\sin x\\)                     | sin x
            \\(\\left( \\frac{1}{2} \\right)^2\\) | (1/2)²
            \\(\\text{cm}^2\\)                | cm²
            Hà Nội                            | Hà Nội
            `Giá 5$, còn 3$`                  | `Giá 5$, còn 3$`
            \\(\\unknowncommand{x}\\) rồi      | \\unknowncommandx rồi
            Nghiệm \\(x = \\pm 2\\)            | Nghiệm x=±2
            """)
    void writesTheFormulaInPlainCharacters(String text, String plain) {
        assertThat(PrintedMath.plain(text)).isEqualTo(plain);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            \\(\\frac{1}{\\)
            \\(x^\\)
            \\(\\sqrt\\)
            """)
    void anIncompleteFormulaNeverFailsAndKeepsItsCharacters(String text) {
        assertThat(PrintedMath.plain(text)).isNotBlank();
    }
}
