package vn.edu.ecenter.assessment.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("Tệp nhập vào được đọc an toàn")
class ExchangeSafetyTests {

    private static final String XXE = """
            <?xml version="1.0"?>
            <!DOCTYPE quiz [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
            <quiz><question type="shortanswer"><name><text>&secret;</text></name>
            <questiontext><text>&secret;</text></questiontext>
            <answer fraction="100"><text>a</text></answer></question></quiz>
            """;

    private static byte[] zip(String name, byte[] content, int copies) {
        var out = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(out)) {
            for (int i = 0; i < copies; i++) {
                zip.putNextEntry(new ZipEntry(copies == 1 ? name : name + i));
                zip.write(content);
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }

    @Test
    @DisplayName("XXE: một thực thể ngoài đọc /etc/passwd bị từ chối, không lộ nội dung tệp")
    void refusesExternalEntities() {
        assertThatThrownBy(() -> QuestionReader.read(QuestionFormat.MOODLE_XML, XXE.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(UnreadableFile.class)
                .hasMessage("Tệp Moodle XML có khai báo DOCTYPE hoặc ENTITY; vì lý do an toàn, hệ thống không đọc tệp"
                        + " XML có các khai báo này.")
                .hasMessageNotContaining("root:");
    }

    @Test
    void refusesADoctypeHiddenPastTheFirstBytesThroughTheParser() {
        String padded =
                "<?xml version=\"1.0\"?>\n<!--" + " ".repeat(5000) + "-->\n" + XXE.substring(XXE.indexOf("<!DOCTYPE"));

        assertThatThrownBy(
                        () -> QuestionReader.read(QuestionFormat.MOODLE_XML, padded.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(UnreadableFile.class)
                .hasMessageContaining("DOCTYPE")
                .hasMessageNotContaining("root:");
    }

    @Test
    void rejectsAnItemWithExternalEntitiesInsideAPackageAlone() {
        String manifest = """
                <manifest xmlns="http://www.imsglobal.org/xsd/imscp_v1p1"><resources>
                <resource identifier="x" type="imsqti_item_xmlv2p1" href="x.xml"/></resources></manifest>""";
        var out = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("imsmanifest.xml"));
            zip.write(manifest.getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("x.xml"));
            zip.write(XXE.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }

        ImportResult result = QuestionReader.read(QuestionFormat.QTI21, out.toByteArray());

        assertThat(Samples.rejected(result, 0).message()).contains("DOCTYPE").doesNotContain("root:");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"../../etc/cron.d/evil.xml", "/etc/passwd", "items/../../evil.xml", "C:\\Windows\\evil.xml"})
    @DisplayName("Gói .zip có đường dẫn thoát ra ngoài (.., tuyệt đối) bị từ chối cả gói")
    void refusesAPackageWithAPathLeavingIt(String path) {
        byte[] zip = zip(path, "<x/>".getBytes(StandardCharsets.UTF_8), 1);

        assertThatThrownBy(() -> QuestionReader.read(QuestionFormat.QTI21, zip))
                .isInstanceOf(UnreadableFile.class)
                .hasMessage("Gói .zip có tệp «" + path + "» nằm ngoài thư mục của gói (đường dẫn tuyệt đối hoặc có ..);"
                        + " vì lý do an toàn, gói không được đọc.");
    }

    @Test
    @DisplayName("Bom zip: nội dung giải nén vượt 50 MB bị từ chối")
    void refusesAPackageThatInflatesPastTheLimit() {
        byte[] bomb = zip("items/zeros.xml", new byte[51 * 1024 * 1024], 1);

        assertThat(bomb.length).isLessThan(1024 * 1024);
        assertThatThrownBy(() -> QuestionReader.read(QuestionFormat.QTI21, bomb))
                .isInstanceOf(UnreadableFile.class)
                .hasMessage("Các tệp trong gói .zip khi giải nén lớn quá 50 MB.");
    }

    @Test
    void refusesAPackageWithTooManyEntries() {
        byte[] many = zip("items/q", new byte[1], SafeZip.MAX_ENTRIES + 1);

        assertThatThrownBy(() -> QuestionReader.read(QuestionFormat.QTI21, many))
                .isInstanceOf(UnreadableFile.class)
                .hasMessage("Gói .zip có quá 2.000 tệp.");
    }

    @Test
    void refusesAZipWithoutManifest() {
        byte[] zip = zip("cau-1.xml", "<assessmentItem/>".getBytes(StandardCharsets.UTF_8), 1);

        assertThatThrownBy(() -> QuestionReader.read(QuestionFormat.QTI21, zip))
                .isInstanceOf(UnreadableFile.class)
                .hasMessage("Gói .zip không có tệp imsmanifest.xml nên không phải gói nội dung QTI.");
    }

    @ParameterizedTest
    @EnumSource(QuestionFormat.class)
    void refusesAnEmptyFileAndATooLargeOne(QuestionFormat format) {
        assertThatThrownBy(() -> QuestionReader.read(format, new byte[0]))
                .isInstanceOf(UnreadableFile.class)
                .hasMessage("Tệp rỗng, không có câu hỏi nào.");
        assertThatThrownBy(() -> QuestionReader.read(format, new byte[QuestionReader.MAX_SIZE + 1]))
                .isInstanceOf(UnreadableFile.class)
                .hasMessage("Tệp lớn quá 20 MB; hãy chia thành nhiều tệp nhỏ hơn.");
    }

    @Test
    void explainsBrokenXmlWithItsLine() {
        byte[] broken = "<quiz>\n<question type=\"essay\">\n</quiz>".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> QuestionReader.read(QuestionFormat.MOODLE_XML, broken))
                .isInstanceOf(UnreadableFile.class)
                .hasMessageStartingWith("Tệp Moodle XML không phải XML hợp lệ (dòng 3):");
    }

    @Test
    void refusesQti12AndFilesThatAreNotWorkbooks() {
        assertThatThrownBy(() -> QuestionReader.read(
                        QuestionFormat.QTI21, "<questestinterop/>".getBytes(StandardCharsets.UTF_8)))
                .hasMessage("Tệp là QTI 1.2 (questestinterop); hệ thống chỉ đọc QTI 2.1.");
        assertThatThrownBy(() -> QuestionReader.read(
                        QuestionFormat.XLSX, "Loại câu hỏi;Nội dung".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(UnreadableFile.class)
                .hasMessage("Tệp không phải tệp Excel .xlsx đọc được.");
        assertThatThrownBy(() -> QuestionReader.read(QuestionFormat.XLSX, zip("a.txt", new byte[10], 1)))
                .isInstanceOf(UnreadableFile.class)
                .hasMessage("Tệp không phải tệp Excel .xlsx đọc được.");
    }
}
