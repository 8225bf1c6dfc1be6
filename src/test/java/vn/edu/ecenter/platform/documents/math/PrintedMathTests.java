package vn.edu.ecenter.platform.documents.math;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Formulas in user text as XHTML for print: what is drawn, what is left as written, and that nothing is unescaped. */
class PrintedMathTests {

    /** ␣ stands for a thin space (between a function's name and its argument). */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            \\(x^2\\)                      | <span class="m"><i>x</i><sup>2</sup></span>
            \\(x_1\\)                      | <span class="m"><i>x</i><sub>1</sub></span>
            \\(x_1^2\\)                    | <span class="m"><i>x</i><span class="m-scripts"><span class="m-sup">2</span><span class="m-sub">1</span></span></span>
            \\(\\frac{a}{b}\\)             | <span class="m"><span class="m-frac m-small"><span class="m-num"><i>a</i></span><span class="m-den"><i>b</i></span></span></span>
            \\[\\frac12\\]                 | <span class="m m-display"><span class="m-frac"><span class="m-num">1</span><span class="m-den">2</span></span></span>
            $$\\dfrac{1}{x}$$              | <span class="m m-display"><span class="m-frac"><span class="m-num">1</span><span class="m-den"><i>x</i></span></span></span>
            \\(-x + 1\\)                   | <span class="m">−<i>x</i><span class="m-bin">+</span>1</span>
            \\(a - b\\)                    | <span class="m"><i>a</i><span class="m-bin">−</span><i>b</i></span>
            \\(\\sqrt{2}\\)                | <span class="m"><span class="m-sqrt"><span class="m-radical">√</span><span class="m-radicand">2</span></span></span>
            \\(\\sqrt[3]{x}\\)             | <span class="m"><span class="m-sqrt"><span class="m-index">3</span><span class="m-radical">√</span><span class="m-radicand"><i>x</i></span></span></span>
            \\(\\alpha + \\Delta\\)        | <span class="m"><i>α</i><span class="m-bin">+</span>Δ</span>
            \\(x \\in \\mathbb{R}\\)       | <span class="m"><i>x</i><span class="m-rel">∈</span>ℝ</span>
            \\(\\mathbb N \\subset \\mathbb{Z}\\) | <span class="m">ℕ<span class="m-rel">⊂</span>ℤ</span>
            \\(30^\\circ\\)                | <span class="m">30°</span>
            \\(30\\degree\\)               | <span class="m">30°</span>
            \\(10\\%\\)                    | <span class="m">10%</span>
            \\(\\sin x\\)                  | <span class="m"><span class="m-fn">sin</span>␣<i>x</i></span>
            \\(2\\sin(x)\\)                | <span class="m">2␣<span class="m-fn">sin</span>(<i>x</i>)</span>
            \\(\\lim_{x \\to 0} f(x)\\)    | <span class="m"><span class="m-fn">lim</span><sub><i>x</i><span class="m-rel">→</span>0</sub>␣<i>f</i>(<i>x</i>)</span>
            \\[\\lim_{x \\to 0} f\\]       | <span class="m m-display"><span class="m-limits"><span class="m-over"></span><span class="m-base"><span class="m-fn">lim</span></span><span class="m-under"><i>x</i><span class="m-rel">→</span>0</span></span>␣<i>f</i></span>
            \\(\\text{với mọi } x\\)       | <span class="m"><span class="m-text">với mọi </span><i>x</i></span>
            \\(\\left( \\frac{1}{2} \\right)\\) | <span class="m"><span class="m-delim m-size2">(</span><span class="m-frac m-small"><span class="m-num">1</span><span class="m-den">2</span></span><span class="m-delim m-size2">)</span></span>
            \\(1,5 + 2.5\\)                | <span class="m">1,5<span class="m-bin">+</span>2.5</span>
            \\(f'(x)\\)                    | <span class="m"><i>f</i>′(<i>x</i>)</span>
            \\(\\overline{AB}\\)           | <span class="m"><span class="m-overline"><i>A</i><i>B</i></span></span>
            \\(\\vec{v}\\)                 | <span class="m"><span class="m-accent"><span class="m-mark">→</span><span class="m-base"><i>v</i></span></span></span>
            \\(\\not= \\not\\in\\)         | <span class="m"><span class="m-rel">≠</span><span class="m-rel">∉</span></span>
            \\(\\mathrm{d}x\\)             | <span class="m"><span class="m-up">d</span><i>x</i></span>
            \\(a \\le b \\Rightarrow c\\)  | <span class="m"><i>a</i><span class="m-rel">≤</span><i>b</i><span class="m-rel">⇒</span><i>c</i></span>
            \\(\\begin{cases} x \\\\ y \\end{cases}\\) | <span class="m"><span class="m-delim m-size2">{</span><span class="m-table m-cases"><span class="m-tr"><span class="m-td"><i>x</i></span></span><span class="m-tr"><span class="m-td"><i>y</i></span></span></span></span>
            \\(\\begin{pmatrix} 1 & 2 \\end{pmatrix}\\) | <span class="m"><span class="m-delim">(</span><span class="m-table"><span class="m-tr"><span class="m-td">1</span><span class="m-td">2</span></span></span><span class="m-delim">)</span></span>
            """)
    void drawsTheFormulasOfSchoolMathematics(String text, String xhtml) {
        assertThat(PrintedMath.xhtml(text)).isEqualTo(xhtml.replace("␣", TexToXhtml.THIN_SPACE));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "\\(\\frac{1}{2\\)",
                "\\(\\color{red}{x}\\)",
                "\\(x^2^3\\)",
                "\\(x_1_2\\)",
                "\\(\\unknown + 1\\)",
                "\\(}\\)",
                "\\(x \\\\ y\\)",
                "\\(\\left( x\\)",
                "\\(\\begin{cases} x \\end{matrix}\\)",
                "\\(\\mathbb{X}\\)",
                "\\(\\def\\a{1}\\)",
                "\\(\\ce{H2O}\\)",
                "\\(\\frac{1}\\)",
                "\\(\\sqrt\\)",
                "$$x % comment$$"
            })
    void leavesWhatItCannotDrawAsWritten(String text) {
        assertThat(PrintedMath.xhtml(text)).isEqualTo("<span class=\"m-source\">" + text + "</span>");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            giá 5$ hoặc 10$                             | giá 5$ hoặc 10$
            <b onclick="x()">$x$</b> & 'y'              | &lt;b onclick=&quot;x()&quot;&gt;<span class="m"><i>x</i></span>&lt;/b&gt; &amp; &#39;y&#39;
            \\(\\text{<script>}\\)                      | <span class="m"><span class="m-text">&lt;script&gt;</span></span>
            \\(a<b\\)                                   | <span class="m"><i>a</i><span class="m-rel">&lt;</span><i>b</i></span>
            \\(\\begin{cases} <i> & \\end{x}\\)         | <span class="m-source">\\(\\begin{cases} &lt;i&gt; &amp; \\end{x}\\)</span>
            \\$5 và \\(x\\)                             | \\$5 và <span class="m"><i>x</i></span>
            """)
    void escapesEverythingTheUserWrote(String text, String xhtml) {
        assertThat(PrintedMath.xhtml(text)).isEqualTo(xhtml);
    }

    @Test
    @DisplayName("Xuống dòng được giữ; công thức riêng dòng không thêm dòng trống")
    void keepsLineBreaksButNoneAroundADisplayFormula() {
        assertThat(PrintedMath.xhtml("Cho hàm số\nTính:\n$$x$$\nKết quả?"))
                .isEqualTo("Cho hàm số<br/>Tính:<span class=\"m m-display\"><i>x</i></span>Kết quả?");
        assertThat(PrintedMath.xhtml(null)).isEmpty();
    }

    @Test
    @DisplayName("Công thức quá dài hoặc lồng quá sâu được in nguyên văn, không lỗi")
    void neverFailsOnHugeOrDeepFormulas() {
        String deep = "\\(" + "{".repeat(5000) + "x" + "}".repeat(5000) + "\\)";
        String fractions = "\\(" + "\\frac{1}{".repeat(200) + "x" + "}".repeat(200) + "\\)";
        assertThat(PrintedMath.xhtml(deep)).startsWith("<span class=\"m-source\">");
        assertThat(PrintedMath.xhtml(fractions)).startsWith("<span class=\"m-source\">");
        assertThat(PrintedMath.xhtml("\\(" + "x+".repeat(3000) + "x\\)")).startsWith("<span class=\"m-source\">");
    }

    /** A character the printed fonts lack comes out as '#': every glyph the converter writes must be in one of them. */
    @Test
    @DisplayName("Mọi ký hiệu mà bộ chuyển viết ra đều có trong phông của bản in")
    void everySymbolItWritesIsInThePrintFonts() throws IOException {
        List<String> glyphs = new ArrayList<>();
        glyphs.addAll(TexToXhtml.SYMBOLS.values());
        glyphs.addAll(TexToXhtml.GREEK.values());
        glyphs.addAll(TexToXhtml.BIG_OPERATORS.values());
        glyphs.addAll(TexToXhtml.DOUBLE_STRUCK.values());
        glyphs.addAll(List.of(
                "√",
                "−",
                "∗",
                "′",
                "°",
                "→",
                "⟶",
                "↔",
                "⟷",
                "ˆ",
                "˜",
                "˙",
                "¨",
                "≠",
                "∉",
                "⊄",
                "≢",
                "∄",
                "{",
                "}",
                "‖",
                "⟨",
                "⟩",
                "⌊",
                "⌋",
                "⌈",
                "⌉",
                TexToXhtml.THIN_SPACE,
                "\u205F",
                "\u2004",
                "\u2003",
                "\u00A0"));
        try (TrueTypeFont liberation = font("liberation/LiberationSerif-Regular.ttf");
                TrueTypeFont math = font("fonts/dejavu/DejaVuMathTeXGyre.ttf")) {
            CmapLookup first = liberation.getUnicodeCmapLookup();
            CmapLookup second = math.getUnicodeCmapLookup();
            List<String> missing = glyphs.stream()
                    .flatMap(g -> g.codePoints().boxed())
                    .filter(cp -> first.getGlyphId(cp) == 0 && second.getGlyphId(cp) == 0)
                    .map(Character::toString)
                    .distinct()
                    .toList();
            assertThat(missing).isEmpty();
            // ... and the fallback is needed: Liberation Serif alone lacks these.
            assertThat(Stream.of("∈", "ℝ", "⇒", "∅").filter(g -> first.getGlyphId(g.codePointAt(0)) == 0))
                    .hasSize(4);
        }
    }

    private static TrueTypeFont font(String resource) throws IOException {
        try (InputStream in = PrintedMathTests.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            return new TTFParser().parse(new RandomAccessReadBuffer(in.readAllBytes()));
        }
    }
}
