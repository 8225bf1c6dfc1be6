package vn.edu.ecenter.platform.signing.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.Comparator;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import vn.edu.ecenter.platform.signing.PdfVerification;
import vn.edu.ecenter.platform.signing.SignatureCheck;
import vn.edu.ecenter.platform.signing.SignatureVerifier;

/**
 * Verifies each signature field of a PDF on its own terms: the byte range against the file (does it start at the first
 * byte, leave out only the signature value and end at the end of a revision?), then the CMS against the bytes it
 * covers ({@link CmsCheck}). The last signature's revision is compared with the file's length to find unsigned
 * changes appended afterwards.
 */
@Component
class PadesVerifier implements SignatureVerifier {

    @Override
    public PdfVerification verify(byte[] pdf) {
        List<SignatureCheck> checks = new ArrayList<>();
        try (PDDocument document = PdfDocuments.load(pdf)) {
            for (PDSignatureField field : document.getSignatureFields()) {
                PDSignature signature = field.getSignature();
                if (signature != null) {
                    checks.add(check(pdf, field.getFullyQualifiedName(), signature));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the signatures of the PDF", e);
        }
        checks.sort(Comparator.comparingLong(SignatureCheck::revisionLength));
        boolean modified = !checks.isEmpty()
                && !ByteRanges.onlyWhitespaceAfter(pdf, checks.getLast().revisionLength());
        return new PdfVerification(checks, modified);
    }

    private static SignatureCheck check(byte[] pdf, String fieldName, PDSignature signature) throws IOException {
        int[] range = signature.getByteRange();
        boolean coversRevision = ByteRanges.coversRevision(pdf, range);
        long end = ByteRanges.end(pdf, range);
        CmsCheck cms = coversRevision
                ? CmsCheck.of(signature.getContents(pdf), signature.getSignedContent(pdf))
                : CmsCheck.NOT_CHECKED;
        return new SignatureCheck(
                fieldName,
                cms.signerName(),
                time(signature.getSignDate()),
                signature.getReason(),
                signature.getLocation(),
                signature.getSubFilter(),
                end,
                coversRevision,
                coversRevision && ByteRanges.onlyWhitespaceAfter(pdf, end),
                cms.digestMatches(),
                cms.signatureValid(),
                cms.certificateBound());
    }

    private static @Nullable OffsetDateTime time(@Nullable Calendar calendar) {
        if (calendar == null) {
            return null;
        }
        int offsetSeconds = calendar.getTimeZone().getOffset(calendar.getTimeInMillis()) / 1000;
        return calendar.toInstant().atOffset(ZoneOffset.ofTotalSeconds(offsetSeconds));
    }
}
