package vn.edu.ecenter.platform.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.edu.ecenter.platform.tenancy.Tenancy;
import vn.edu.ecenter.platform.web.Rejected;
import vn.edu.ecenter.support.EcenterTest;
import vn.edu.ecenter.support.TestDatabase;

@EcenterTest
class FileStoreIntegrationTests {

    static final long TEN_MEGABYTES = 10L * 1024 * 1024;

    @Autowired
    FileStore files;

    @Autowired
    FilesystemFileStore store;

    @Autowired
    Tenancy tenancy;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MessageSource messages;

    @Test
    void storesAndOpensAFileByItsContentHash() throws IOException {
        UUID centre = UUID.randomUUID();
        byte[] pdf = unique(Samples.pdf());

        StoredFile stored = tenancy.inCentre(centre, () -> files.store(pdf, "Quyết định 15.pdf", FileType.DOCUMENTS));

        assertThat(stored.type()).isEqualTo(FileType.PDF);
        assertThat(stored.mediaType()).isEqualTo("application/pdf");
        assertThat(stored.size()).isEqualTo(pdf.length);
        assertThat(stored.sha256()).matches("[0-9a-f]{64}");
        assertThat(store.blob(stored.sha256()))
                .startsWith(
                        TestDatabase.DATA_DIR.resolve("files").toAbsolutePath().normalize())
                .endsWith(
                        Path.of(stored.sha256().substring(0, 2), stored.sha256().substring(2, 4), stored.sha256()));
        try (InputStream in = tenancy.inCentre(centre, () -> files.open(stored.sha256()))) {
            assertThat(in.readAllBytes()).isEqualTo(pdf);
        }
        assertThat(tenancy.inCentre(centre, () -> files.find(stored.sha256())))
                .hasValueSatisfying(found -> assertThat(found.originalName()).isEqualTo("Quyết định 15.pdf"));
    }

    @Test
    void storesIdenticalContentOnce() throws IOException {
        UUID centreA = UUID.randomUUID();
        UUID centreB = UUID.randomUUID();
        byte[] sheet = Samples.utf8(Samples.CSV_TEXT + UUID.randomUUID());

        StoredFile first = tenancy.inCentre(centreA, () -> files.store(sheet, "lop-10A1.csv", Set.of(FileType.CSV)));
        StoredFile again =
                tenancy.inCentre(centreA, () -> files.store(sheet, "lop-10A1 (1).csv", Set.of(FileType.CSV)));
        StoredFile elsewhere = tenancy.inCentre(centreB, () -> files.store(sheet, "ds.csv", Set.of(FileType.CSV)));

        assertThat(again.sha256()).isEqualTo(first.sha256());
        assertThat(elsewhere.sha256()).isEqualTo(first.sha256());
        try (Stream<Path> blobs = Files.list(store.blob(first.sha256()).getParent())) {
            assertThat(blobs.filter(p -> p.getFileName().toString().equals(first.sha256())))
                    .hasSize(1);
        }
        assertThat(tenancy.inCentre(centreA, () -> jdbc.sql("SELECT count(*) FROM platform.stored_file")
                        .query(Long.class)
                        .single()))
                .isEqualTo(1);
        assertThat(temporaryFiles()).isEmpty();
    }

    @Test
    void refusesAFileAboveTheSizeLimitAndAcceptsOneAtIt() {
        UUID centre = UUID.randomUUID();

        Rejected refusal = catchThrowableOfType(
                Rejected.class,
                () -> tenancy.inCentre(
                        centre, () -> files.store(text(TEN_MEGABYTES + 1), "nhat-ky.txt", Set.of(FileType.TEXT))));
        StoredFile atLimit =
                tenancy.inCentre(centre, () -> files.store(text(TEN_MEGABYTES), "nhat-ky.txt", Set.of(FileType.TEXT)));

        assertThat(refusal.messageKey()).isEqualTo("files.rejected.tooLarge");
        assertThat(messages.getMessage(refusal.messageKey(), refusal.arguments(), Locale.forLanguageTag("vi")))
                .isEqualTo("Tệp \"nhat-ky.txt\" vượt quá dung lượng cho phép (10 MB). "
                        + "Hãy nén ảnh, chia nhỏ tệp hoặc lưu lại với dung lượng nhỏ hơn.");
        assertThat(atLimit.size()).isEqualTo(TEN_MEGABYTES);
        assertThat(temporaryFiles()).isEmpty();
    }

    @Test
    void refusesAProgramRenamedAsPdfNamingTheFileAndTheReason() {
        UUID centre = UUID.randomUUID();
        byte[] program = unique(Samples.exe());

        Rejected refusal = catchThrowableOfType(
                Rejected.class,
                () -> tenancy.inCentre(centre, () -> files.store(program, "Bảng điểm HK1.pdf", FileType.DOCUMENTS)));

        assertThat(messages.getMessage(refusal.messageKey(), refusal.arguments(), Locale.forLanguageTag("vi")))
                .isEqualTo("Tệp \"Bảng điểm HK1.pdf\" bị từ chối: nội dung là một chương trình chạy được, không phải"
                        + " tài liệu (có thể là tệp độc hại bị đổi tên). Chỉ nhận PDF, bảng tính Excel (.xlsx)"
                        + " hoặc văn bản Word (.docx).");
        assertThat(messages.getMessage(refusal.messageKey(), refusal.arguments(), Locale.ENGLISH))
                .contains(
                        "\"Bảng điểm HK1.pdf\"",
                        "executable program",
                        "PDF, Excel workbook (.xlsx) or Word document (.docx)");
        assertThat(tenancy.inCentre(centre, () -> jdbc.sql("SELECT count(*) FROM platform.stored_file")
                        .query(Long.class)
                        .single()))
                .isZero();
        assertThat(temporaryFiles()).isEmpty();
    }

    @Test
    void aCentreSeesOnlyTheFilesItStored() {
        UUID centreA = UUID.randomUUID();
        UUID centreB = UUID.randomUUID();
        byte[] photo = Samples.named("png");
        StoredFile stored = tenancy.inCentre(centreA, () -> files.store(photo, "ảnh thẻ.png", FileType.IMAGES));

        assertThat(tenancy.inCentre(centreB, () -> files.exists(stored.sha256())))
                .isFalse();
        assertThat(tenancy.inCentre(centreB, () -> files.find(stored.sha256()))).isEmpty();
        assertThat(catchThrowableOfType(
                                Rejected.class, () -> tenancy.inCentre(centreB, () -> files.open(stored.sha256())))
                        .status())
                .isEqualTo(404);
        // Even a query that forgets the centre filter sees none of centre A's rows.
        assertThat(tenancy.inCentre(centreB, () -> jdbc.sql("SELECT count(*) FROM platform.stored_file")
                        .query(Long.class)
                        .single()))
                .isZero();
        assertThat(tenancy.inCentre(centreA, () -> files.exists(stored.sha256())))
                .isTrue();
    }

    @Test
    void refusesAddressesThatAreNotHashes() {
        UUID centre = UUID.randomUUID();

        assertThat(tenancy.inCentre(centre, () -> files.exists("../../postgres/PG_VERSION")))
                .isFalse();
    }

    /** Distinct content per test run, so that the database and the store start empty for it. */
    private static byte[] unique(byte[] content) {
        byte[] marker = Samples.utf8("\n%" + UUID.randomUUID() + "\n");
        byte[] bytes = java.util.Arrays.copyOf(content, content.length + marker.length);
        System.arraycopy(marker, 0, bytes, content.length, marker.length);
        return bytes;
    }

    /** A stream of {@code size} bytes of UTF-8 text, without holding them in memory. */
    private static InputStream text(long size) {
        String prefix = UUID.randomUUID() + "\n";
        return new InputStream() {
            long position;

            @Override
            public int read() {
                if (position >= size) {
                    return -1;
                }
                long at = position++;
                return at < prefix.length() ? prefix.charAt((int) at) : 'a' + (int) (at % 26);
            }
        };
    }

    private java.util.List<Path> temporaryFiles() {
        Path tmp = TestDatabase.DATA_DIR.resolve("files").resolve("tmp");
        try (Stream<Path> left = Files.exists(tmp) ? Files.list(tmp) : Stream.empty()) {
            return left.toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
