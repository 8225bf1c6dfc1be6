package vn.edu.ecenter.platform.documents.math;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import vn.edu.ecenter.platform.documents.PdfRenderer;
import vn.edu.ecenter.platform.documents.StandaloneTemplates;

class PrintedMathPdfTests {

    static final List<String> TEXTS = List.of(
            "Nghiệm của phương trình là $$x_{1,2} = \\frac{-b \\pm \\sqrt{\\Delta}}{2a}$$ với \\(\\Delta = b^2 - 4ac\\).",
            "Tập xác định của \\(y = \\sqrt{x - 1}\\) là \\(D = [1; +\\infty)\\) và \\(\\forall x \\in \\mathbb{R}\\).",
            "Tính \\(\\lim_{x \\to 0} \\frac{\\sin x}{x}\\) và $$\\lim_{n \\to +\\infty} \\left(1 + \\frac{1}{n}\\right)^n = e$$",
            "Hệ $$\\begin{cases} x + y = 3 \\\\ 2x - y = 0 \\end{cases}$$ có nghiệm \\((x; y) = (1; 2)\\).",
            "Góc \\(\\widehat{ABC} = 30^\\circ\\), \\(\\vec{u} = \\overrightarrow{AB}\\), \\(AB \\perp CD\\), \\(a \\parallel b\\).",
            "Cho \\(A \\subset B\\), \\(A \\cup B\\), \\(A \\cap B = \\emptyset\\), \\(x \\notin \\mathbb{Q}\\), \\(n \\in \\mathbb{N}, \\mathbb{Z}, \\mathbb{C}\\).",
            "$$\\sum_{k=1}^{n} k^2 = \\frac{n(n+1)(2n+1)}{6} \\quad \\int_0^1 x^2\\,dx = \\dfrac{1}{3}$$",
            "\\(\\sqrt[3]{8} = 2\\), \\(\\log_2 8 = 3\\), \\(\\ln e = 1\\), \\(a \\le b \\ge c \\ne d \\approx e \\equiv f\\), \\(x \\Rightarrow y \\Leftrightarrow z\\)",
            "Ma trận $$A = \\begin{pmatrix} 1 & 2 \\\\ 3 & 4 \\end{pmatrix}, \\quad \\left| \\frac{a}{b} \\right| \\geqslant 0$$",
            "Giá 5$ và 10$, lỗi \\(\\frac{1}{2\\) và \\(\\color{red}{x}\\) và \\(x^{2} \\cdot 3 \\times 4 \\div 2 \\mp 1\\) \\(\\text{với mọi } x > 0\\)");

    final PdfRenderer renderer = new PdfRenderer(StandaloneTemplates.engine());

    @Test
    @DisplayName("Bản in vẽ phân số, căn, ký hiệu; ký hiệu nào cũng có trong phông")
    void printsFormulasWithEverySymbolInTheFonts() throws IOException {
        byte[] pdf = renderer.render(
                "documents/test-formulas",
                Map.of("title", "Công thức", "centreName", "Trung tâm GDTX", "texts", TEXTS),
                Locale.of("vi"));

        Path out = Path.of("target", "printed-math");
        Files.createDirectories(out);
        Files.write(out.resolve("formulas.pdf"), pdf);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            ImageIO.write(
                    new PDFRenderer(document).renderImageWithDPI(0, 110),
                    "png",
                    out.resolve("formulas.png").toFile());
            String text = Normalizer.normalize(new PDFTextStripper().getText(document), Normalizer.Form.NFC);
            assertThat(text).contains("ℝ", "√", "∈", "∀", "∞", "⇒", "⇔", "∅", "∪", "∩", "⊂", "∉", "ℚ", "±", "≤");
            assertThat(text).doesNotContain("\\sqrt", "\\mathbb", "\\in ").contains("\\frac{1}{2\\)", "\\color{red}");
            // The symbols Liberation Serif lacks come from the bundled math font, embedded like the others.
            List<String> fonts = new java.util.ArrayList<>();
            for (var page : document.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    var font = page.getResources().getFont(name);
                    assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                    fonts.add(font.getName().substring(7));
                }
            }
            assertThat(fonts).contains("LiberationSerif", "LiberationSerif-Italic", "DejaVuMathTeXGyre-Regular");
        }
    }
}
