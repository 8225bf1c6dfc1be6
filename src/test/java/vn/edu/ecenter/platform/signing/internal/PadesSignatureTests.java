package vn.edu.ecenter.platform.signing.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cms.CMSSignedData;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.unit.DataSize;
import vn.edu.ecenter.platform.signing.PdfVerification;
import vn.edu.ecenter.platform.signing.SignRequest;
import vn.edu.ecenter.platform.signing.SignatureCheck;
import vn.edu.ecenter.platform.signing.Signer;
import vn.edu.ecenter.platform.web.Rejected;

/** PAdES signing and verification on small PDFs, with demo keys in a temporary folder. */
class PadesSignatureTests {

    static final Instant NOW = Instant.parse("2026-06-01T02:30:00Z");
    static final Signer HOMEROOM = new Signer("gv.lan", "Nguyễn Thị Lan", "Trung tâm GDTX Lê Quý Đôn");
    static final Signer DIRECTOR = new Signer("gd.binh", "Trần Văn Bình", "Trung tâm GDTX Lê Quý Đôn");
    static final SignRequest BY_HOMEROOM =
            new SignRequest(HOMEROOM, "Giáo viên chủ nhiệm xác nhận học bạ", "TP. Hồ Chí Minh");
    static final SignRequest BY_DIRECTOR = new SignRequest(DIRECTOR, "Giám đốc phê duyệt học bạ", "TP. Hồ Chí Minh");

    @TempDir
    static Path keys;

    final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    final PadesSigner signer = new PadesSigner(
            new DemoKeySource(keys, clock),
            clock,
            new SigningProperties(new SigningProperties.Keystore(null, null), DataSize.ofKilobytes(16)));
    final PadesVerifier verifier = new PadesVerifier();

    @Test
    @DisplayName("Học bạ ký một lần: chữ ký hợp lệ, phủ toàn bộ tệp")
    void aSignedDocumentVerifies() {
        byte[] signed = signer.sign(SamplePdfs.scoreExtract(), BY_HOMEROOM);

        PdfVerification result = verifier.verify(signed);

        assertThat(result.valid()).isTrue();
        assertThat(result.modifiedAfterLastSignature()).isFalse();
        assertThat(result.signatures()).singleElement().satisfies(signature -> {
            assertThat(signature.intact()).isTrue();
            assertThat(signature.coversWholeDocument()).isTrue();
            assertThat(signature.signerName()).isEqualTo("Nguyễn Thị Lan");
            assertThat(signature.signingTime())
                    .isEqualTo(OffsetDateTime.of(2026, 6, 1, 9, 30, 0, 0, ZoneOffset.ofHours(7)));
            assertThat(signature.reason()).isEqualTo("Giáo viên chủ nhiệm xác nhận học bạ");
            assertThat(signature.location()).isEqualTo("TP. Hồ Chí Minh");
            assertThat(signature.subFilter()).isEqualTo("ETSI.CAdES.detached");
        });
    }

    @Test
    @DisplayName("Giám đốc ký sau giáo viên chủ nhiệm: cả hai chữ ký đều hợp lệ")
    void aSecondSignatureKeepsTheFirstValid() {
        byte[] byHomeroom = signer.sign(SamplePdfs.scoreExtract(), BY_HOMEROOM);

        byte[] byBoth = signer.sign(byHomeroom, BY_DIRECTOR);

        PdfVerification result = verifier.verify(byBoth);
        assertThat(result.valid()).isTrue();
        assertThat(result.signatures())
                .extracting(SignatureCheck::signerName)
                .containsExactly("Nguyễn Thị Lan", "Trần Văn Bình");
        assertThat(result.signatures()).allMatch(SignatureCheck::intact);
        SignatureCheck first = result.signatures().getFirst();
        assertThat(first.coversWholeDocument()).isFalse();
        assertThat(first.revisionLength()).isEqualTo(byHomeroom.length);
        assertThat(Arrays.equals(byBoth, 0, byHomeroom.length, byHomeroom, 0, byHomeroom.length))
                .as("the first revision is kept byte for byte")
                .isTrue();
        assertThat(result.signatures().getLast().coversWholeDocument()).isTrue();
    }

    @Test
    @DisplayName("Sửa một điểm trong phần đã ký: chữ ký không còn hợp lệ")
    void aChangedByteInsideTheSignedRangeIsDetected() {
        byte[] signed = signer.sign(SamplePdfs.scoreExtract(), BY_HOMEROOM);

        byte[] forged = SamplePdfs.replaced(signed, "8.5", "9.5");

        PdfVerification result = verifier.verify(forged);
        assertThat(result.valid()).isFalse();
        assertThat(result.signatures()).singleElement().satisfies(signature -> {
            assertThat(signature.coversRevision()).isTrue();
            assertThat(signature.digestMatches()).isFalse();
            assertThat(signature.signatureValid())
                    .as("the signed attributes themselves are untouched")
                    .isTrue();
            assertThat(signature.intact()).isFalse();
        });
    }

    @Test
    @DisplayName("Thêm một thay đổi không ký sau khi ký: báo là đã bị sửa sau chữ ký cuối")
    void anUnsignedChangeAppendedAfterSigningIsReported() {
        byte[] signed = signer.sign(SamplePdfs.scoreExtract(), BY_HOMEROOM);

        byte[] appended = SamplePdfs.withTitleChangedIncrementally(signed, "Học bạ đã sửa");

        PdfVerification result = verifier.verify(appended);
        assertThat(appended.length).isGreaterThan(signed.length);
        assertThat(result.modifiedAfterLastSignature()).isTrue();
        assertThat(result.valid()).isFalse();
        assertThat(result.signatures()).singleElement().satisfies(signature -> {
            assertThat(signature.intact())
                    .as("the signed revision itself is untouched")
                    .isTrue();
            assertThat(signature.coversWholeDocument()).isFalse();
        });
    }

    @Test
    void replacingTheSignatureValueBreaksTheSignatureNotTheDigest() throws Exception {
        byte[] signed = signer.sign(SamplePdfs.scoreExtract(), BY_HOMEROOM);
        int[] range = signatureOf(signed).getByteRange();
        byte[] forged = signed.clone();
        // The last bytes of the RSA signature value sit at the end of the CMS, before the zero padding; flip one of
        // them.
        byte[] contents = signatureOf(signed).getContents(signed);
        int valueEnd = range[1] + 1 + 2 * CmsCheck.withoutPadding(contents).length;
        forged[valueEnd - 1] = (byte) (forged[valueEnd - 1] == '0' ? '1' : '0');

        SignatureCheck check = verifier.verify(forged).signatures().getFirst();

        assertThat(check.digestMatches()).isTrue();
        assertThat(check.signatureValid()).isFalse();
        assertThat(check.intact()).isFalse();
    }

    @Test
    @DisplayName("Chữ ký theo PAdES B-B: CMS tách rời, có signing-certificate-v2, không có signing-time")
    void theCmsIsABaselineCadesSignature() throws Exception {
        byte[] signed = signer.sign(SamplePdfs.scoreExtract(), BY_HOMEROOM);
        PDSignature signature = signatureOf(signed);

        var cms = new CMSSignedData(CmsCheck.withoutPadding(signature.getContents(signed)));

        assertThat(signature.getFilter()).isEqualTo("Adobe.PPKLite");
        assertThat(cms.isDetachedSignature()).isTrue();
        var signerInfo = cms.getSignerInfos().getSigners().iterator().next();
        assertThat(signerInfo.getDigestAlgOID()).isEqualTo("2.16.840.1.101.3.4.2.1");
        var attributes = signerInfo.getSignedAttributes();
        assertThat(attributes.get(PKCSObjectIdentifiers.id_aa_signingCertificateV2))
                .isNotNull();
        assertThat(attributes.get(CMSAttributes.contentType)).isNotNull();
        assertThat(attributes.get(CMSAttributes.messageDigest)).isNotNull();
        assertThat(attributes.get(CMSAttributes.signingTime)).isNull();
        assertThat(cms.getCertificates().getMatches(null))
                .as("the signer's certificate and the demo authority's")
                .hasSize(2);
    }

    @Test
    void refusesContentThatIsNotAPdf() {
        Rejected refusal = catchThrowableOfType(
                Rejected.class, () -> signer.sign("Học bạ".getBytes(StandardCharsets.UTF_8), BY_HOMEROOM));

        assertThat(refusal.messageKey()).isEqualTo("signing.notPdf");
    }

    @Test
    void refusesADamagedPdf() {
        byte[] truncated = Arrays.copyOf(SamplePdfs.scoreExtract(), 40);

        Rejected refusal = catchThrowableOfType(Rejected.class, () -> signer.sign(truncated, BY_HOMEROOM));

        assertThat(refusal.messageKey()).isEqualTo("signing.unreadablePdf");
    }

    @Test
    void refusesToSignWithoutAReason() {
        Rejected refusal = catchThrowableOfType(
                Rejected.class,
                () -> signer.sign(SamplePdfs.scoreExtract(), new SignRequest(HOMEROOM, " ", "TP. Hồ Chí Minh")));

        assertThat(refusal.messageKey()).isEqualTo("signing.reasonMissing");
    }

    @Test
    void anUnsignedPdfHasNoSignatures() {
        PdfVerification result = verifier.verify(SamplePdfs.scoreExtract());

        assertThat(result.signed()).isFalse();
        assertThat(result.valid()).isFalse();
        assertThat(result.modifiedAfterLastSignature()).isFalse();
    }

    private static PDSignature signatureOf(byte[] pdf) throws java.io.IOException {
        try (var document = Loader.loadPDF(pdf)) {
            return document.getSignatureDictionaries().getFirst();
        }
    }
}
