package vn.edu.ecenter.platform.signing.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.GregorianCalendar;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.ExternalSigningSupport;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions;
import org.springframework.stereotype.Component;
import vn.edu.ecenter.platform.clock.BusinessClock;
import vn.edu.ecenter.platform.signing.PdfSigner;
import vn.edu.ecenter.platform.signing.SignRequest;
import vn.edu.ecenter.platform.signing.SigningKey;
import vn.edu.ecenter.platform.signing.SigningKeySource;
import vn.edu.ecenter.platform.web.Rejected;

/**
 * PAdES B-B with PDFBox's external signing: PDFBox writes the incremental update with a placeholder for the signature
 * value and hands over the byte range to sign; the CMS is built around the signer's key and written into the
 * placeholder. Nothing before the new revision is rewritten, so earlier signatures stay valid.
 */
@Component
class PadesSigner implements PdfSigner {

    private final SigningKeySource keys;
    private final Clock clock;
    private final int signatureSize;

    PadesSigner(SigningKeySource keys, Clock clock, SigningProperties properties) {
        this.keys = keys;
        this.clock = clock;
        this.signatureSize = Math.toIntExact(properties.signatureSize().toBytes());
    }

    @Override
    public byte[] sign(byte[] pdf, SignRequest request) {
        if (request.reason().isBlank()) {
            throw new Rejected("signing.reasonMissing");
        }
        SigningKey key = keys.keyFor(request.signer())
                .orElseThrow(() -> new Rejected(
                        "signing.noKey",
                        request.signer().name(),
                        request.signer().account()));
        try (PDDocument document = PdfDocuments.load(pdf);
                SignatureOptions options = new SignatureOptions()) {
            options.setPreferredSignatureSize(signatureSize);
            document.addSignature(dictionary(request), options);
            var out = new ByteArrayOutputStream(pdf.length + 2 * signatureSize + 8192);
            ExternalSigningSupport external = document.saveIncrementalForExternalSigning(out);
            byte[] cms = CadesSignature.detached(external.getContent().readAllBytes(), key);
            if (cms.length > signatureSize) {
                throw new IllegalStateException("The signature needs " + cms.length
                        + " bytes; raise ecenter.signing.signature-size above " + signatureSize);
            }
            external.setSignature(cms);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot sign the PDF", e);
        }
    }

    private PDSignature dictionary(SignRequest request) {
        var signature = new PDSignature();
        signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
        signature.setSubFilter(PDSignature.SUBFILTER_ETSI_CADES_DETACHED);
        signature.setName(request.signer().name());
        signature.setReason(request.reason());
        signature.setLocation(request.location());
        signature.setSignDate(GregorianCalendar.from(clock.instant().atZone(BusinessClock.ZONE)));
        return signature;
    }
}
