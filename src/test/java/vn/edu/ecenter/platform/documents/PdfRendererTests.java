package vn.edu.ecenter.platform.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PdfRendererTests {

    static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    static final String TITLE = "Nguyễn Thị Ánh Tuyết – Sổ theo dõi và đánh giá học viên";
    static final String CENTRE = "Trung tâm GDTX Lê Quý Đôn";

    final PdfRenderer renderer = new PdfRenderer(StandaloneTemplates.engine());

    @Test
    @DisplayName("Bản in giữ nguyên mọi dấu tiếng Việt và gạch ngang")
    void keepsEveryVietnameseDiacriticAndTheEnDash() throws IOException {
        byte[] pdf = render(TITLE, 3);

        String text = textOf(pdf);

        assertThat(text.lines()).contains(TITLE);
        String flowing = text.replaceAll("\\s+", " ");
        assertThat(flowing).contains("Điểm ĐĐGtx: 8,5 – học phí 2.340.000 ₫");
        assertThat(flowing).contains("Ưu tiên: ỷ, ữ, ặ, ỗ, ự, ẫ, ờ, ở");
    }

    @Test
    void embedsOnlyTheBundledLiberationSerifFaces() throws IOException {
        byte[] pdf = render(TITLE, 3);

        List<PDFont> fonts = fontsOf(pdf);

        assertThat(fonts).isNotEmpty();
        assertThat(fonts).allSatisfy(font -> {
            assertThat(font.isEmbedded()).as(font.getName()).isTrue();
            // Subset fonts are named "ABCDEF+LiberationSerif-Bold"
            assertThat(font.getName()).matches("[A-Z]{6}\\+LiberationSerif(-Bold|-Italic|-BoldItalic)?");
        });
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String xmp = new String(
                    document.getDocumentCatalog().getMetadata().toByteArray(), java.nio.charset.StandardCharsets.UTF_8);
            assertThat(xmp).containsPattern("pdfaid:part(=\"|>)2").containsPattern("pdfaid:conformance(=\"|>)U");
        }
        assertThat(fonts.stream().map(f -> f.getName().substring(7)).distinct())
                .contains(
                        "LiberationSerif",
                        "LiberationSerif-Bold",
                        "LiberationSerif-Italic",
                        "LiberationSerif-BoldItalic");
    }

    @Test
    void givesTimesAndGenericSerifTheBundledFontToo() throws IOException {
        String xhtml = """
                <html xmlns="http://www.w3.org/1999/xhtml"><head><title>x</title></head><body>
                <p style="font-family: 'Times New Roman'">Ánh Tuyết</p>
                <p style="font-family: Times">Ánh Tuyết</p>
                <p style="font-family: serif; font-weight: bold">Ánh Tuyết</p>
                <p>Ánh Tuyết</p>
                </body></html>
                """;

        List<PDFont> fonts = fontsOf(renderer.print(xhtml));

        assertThat(fonts).isNotEmpty().allSatisfy(font -> assertThat(font.getName())
                .contains("+LiberationSerif"));
        assertThat(textOf(renderer.print(xhtml))).contains("Ánh Tuyết");
    }

    @Test
    void printsOnA4WithTheCentreNameAndPageNumbersOnEveryPage() throws IOException {
        byte[] pdf = render(TITLE, 120);

        try (PDDocument document = Loader.loadPDF(pdf)) {
            int pages = document.getNumberOfPages();
            assertThat(pages).isGreaterThan(1);
            for (int page = 1; page <= pages; page++) {
                PDRectangle size = document.getPage(page - 1).getMediaBox();
                assertThat(size.getWidth())
                        .isCloseTo(PDRectangle.A4.getWidth(), org.assertj.core.data.Offset.offset(1f));
                assertThat(size.getHeight())
                        .isCloseTo(PDRectangle.A4.getHeight(), org.assertj.core.data.Offset.offset(1f));
                var stripper = new PDFTextStripper();
                stripper.setSortByPosition(true);
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                String text = Normalizer.normalize(stripper.getText(document), Normalizer.Form.NFC);
                assertThat(text).contains(CENTRE).contains("Trang " + page + "/" + pages);
            }
        }
    }

    @Test
    void loadsNothingFromOutsideTheDocument() throws IOException {
        String xhtml = """
                <html xmlns="http://www.w3.org/1999/xhtml"><head><title>x</title>
                <link rel="stylesheet" href="http://127.0.0.1:9/evil.css"/></head>
                <body><p>An toàn</p><img src="file:///etc/passwd"/></body></html>
                """;

        byte[] pdf = renderer.print(xhtml);

        assertThat(textOf(pdf)).contains("An toàn").doesNotContain("root:");
    }

    @Test
    void dropsControlCharactersThatXmlForbids() throws IOException {
        byte[] pdf = render("Lê Văn\u0007 Bình\u000B – Sổ điểm", 1);

        assertThat(textOf(pdf)).contains("Lê Văn Bình – Sổ điểm");
    }

    @Test
    void rejectsMarkupThatIsNotWellFormed() {
        assertThatThrownBy(() -> renderer.print("<html><body><p>Không đóng thẻ</body></html>"))
                .isInstanceOf(RuntimeException.class);
    }

    private byte[] render(String title, int rows) {
        List<List<String>> table = new ArrayList<>();
        IntStream.rangeClosed(1, rows)
                .forEach(i -> table.add(List.of(Integer.toString(i), "Trần Thị Bích Ngọc " + i, "8,5")));
        return renderer.render(
                "documents/test-learner-record",
                Map.of(
                        "title", title,
                        "centreName", CENTRE,
                        "headers", List.of("STT", "Họ và tên", "Điểm"),
                        "rows", table,
                        "note", "Điểm ĐĐGtx: 8,5 – học phí 2.340.000 ₫. Ưu tiên: ỷ, ữ, ặ, ỗ, ự, ẫ, ờ, ở"),
                VIETNAMESE);
    }

    static String textOf(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return Normalizer.normalize(new PDFTextStripper().getText(document), Normalizer.Form.NFC);
        }
    }

    static List<PDFont> fontsOf(byte[] pdf) throws IOException {
        List<PDFont> fonts = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (PDPage page : document.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    fonts.add(page.getResources().getFont(name));
                }
            }
        }
        return fonts;
    }
}
