package vn.edu.ecenter.platform.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.edu.ecenter.platform.web.Rejected;

/** Which content is which type, decided from the bytes, and whether the name may claim it. */
class FileTypeDetectionTests {

    @TempDir
    Path folder;

    @ParameterizedTest(name = "{0} → {1}")
    @DisplayName("Loại tệp được nhận biết theo nội dung")
    @CsvSource(textBlock = """
            # sample               content
            pdf,                   PDF
            png,                   PNG
            jpeg,                  JPEG
            xlsx,                  XLSX
            docx,                  DOCX
            utf8-text,             TEXT
            utf8-text-with-bom,    TEXT
            utf8-text-long,        TEXT
            utf16-text,            NOT_UTF8_TEXT
            windows-1258-text,     NOT_UTF8_TEXT
            utf8-cut-mid-letter,   NOT_UTF8_TEXT
            text-with-nul,         UNKNOWN
            windows-exe,           EXECUTABLE
            linux-elf,             EXECUTABLE
            legacy-xls,            LEGACY_OFFICE
            plain-zip,             ARCHIVE
            pptx-like-zip,         ARCHIVE
            broken-zip,            ARCHIVE
            binary,                UNKNOWN
            empty,                 EMPTY
            """)
    void detectsTypeFromContent(String sample, Content expected) throws IOException {
        Path file = Files.write(folder.resolve("sample"), Samples.named(sample));

        assertThat(Content.of(file)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} as \"{1}\" where {2} → {3}")
    @DisplayName("Tên tệp phải khớp với nội dung và loại được phép")
    @CsvSource(textBlock = """
            # content       name                     allowed          accepted type or refusal
            PDF,            Quyết định 12.pdf,       PDF DOCX XLSX,   PDF
            JPEG,           ảnh thẻ.JPG,             PNG JPEG,        JPEG
            JPEG,           ảnh thẻ.jpeg,            PNG JPEG,        JPEG
            TEXT,           danh sách.csv,           CSV,             CSV
            TEXT,           danh sách.csv,           TEXT,            CSV
            TEXT,           ghi chú.txt,             TEXT CSV,        TEXT
            TEXT,           ghi chú.txt,             CSV,             files.rejected.typeNotAllowed
            TEXT,           trang.html,              TEXT,            files.rejected.nameMismatch
            EXECUTABLE,     Bảng điểm HK1.pdf,       PDF,             files.rejected.executable
            PNG,            công văn.pdf,            PDF,             files.rejected.typeNotAllowed
            PNG,            công văn.pdf,            PDF PNG,         files.rejected.nameMismatch
            XLSX,           bảng điểm.docx,          DOCX XLSX,       files.rejected.nameMismatch
            XLSX,           bangdiem,                XLSX,            files.rejected.noExtension
            LEGACY_OFFICE,  bảng điểm.xls,           XLSX,            files.rejected.legacyOffice
            NOT_UTF8_TEXT,  danh sách.csv,           CSV,             files.rejected.notUtf8
            NOT_UTF8_TEXT,  công văn.pdf,            PDF,             files.rejected.unknownContent
            ARCHIVE,        bài giảng.docx,          DOCX,            files.rejected.unknownContent
            EMPTY,          công văn.pdf,            PDF,             files.rejected.empty
            """)
    void acceptsOnlyAllowedContentUnderAMatchingName(Content content, String name, String allowed, String outcome) {
        Set<FileType> types = EnumSet.noneOf(FileType.class);
        for (String type : allowed.split(" ")) {
            types.add(FileType.valueOf(type));
        }

        if (outcome.startsWith("files.")) {
            Rejected refusal = catchThrowableOfType(Rejected.class, () -> FileCheck.accept(content, name, types));
            assertThat(refusal).as("refused").isNotNull();
            assertThat(refusal.messageKey()).isEqualTo(outcome);
            assertThat(refusal.arguments()[0]).isEqualTo(name);
        } else {
            assertThat(FileCheck.accept(content, name, types)).isEqualTo(FileType.valueOf(outcome));
        }
    }

    @Test
    void keepsOnlyTheFileNameOfWhatTheBrowserSent() {
        assertThat(FileCheck.cleanName("C:\\fakepath\\Bảng điểm.xlsx")).isEqualTo("Bảng điểm.xlsx");
        assertThat(FileCheck.cleanName("../../etc/passwd")).isEqualTo("passwd");
        // "ể" typed as e + combining marks (NFD, as macOS sends it) becomes one letter (NFC).
        assertThat(FileCheck.cleanName("Bie\u0302\u0309u ma\u0302\u0303u.docx")).isEqualTo("Biểu mẫu.docx");
    }

    @Test
    void writesLimitsReadably() {
        assertThat(FileCheck.readable(org.springframework.util.unit.DataSize.ofMegabytes(10)))
                .isEqualTo("10 MB");
        assertThat(FileCheck.readable(org.springframework.util.unit.DataSize.ofKilobytes(512)))
                .isEqualTo("512 KB");
    }
}
