package vn.edu.ecenter.platform.signing.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.ASN1String;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x500.style.IETFUtils;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.ContentVerifier;
import org.bouncycastle.operator.DigestCalculator;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.jspecify.annotations.Nullable;

/**
 * The CMS side of a signature, checked in three independent parts so that a report can say which one failed: the
 * message digest against the signed bytes, the signature value against the signed attributes and the certificate's
 * public key, and the signing-certificate-v2 attribute against that certificate.
 */
record CmsCheck(@Nullable String signerName, boolean digestMatches, boolean signatureValid, boolean certificateBound) {

    static final CmsCheck NOT_CHECKED = new CmsCheck(null, false, false, false);

    static CmsCheck of(byte[] contents, byte[] signedContent) {
        try {
            var data = new CMSSignedData(new CMSProcessableByteArray(signedContent), withoutPadding(contents));
            if (data.getSignerInfos().size() != 1) {
                return NOT_CHECKED;
            }
            SignerInformation signer =
                    data.getSignerInfos().getSigners().iterator().next();
            @SuppressWarnings("unchecked")
            var matches = data.getCertificates().getMatches(signer.getSID());
            if (matches.isEmpty() || signer.getSignedAttributes() == null) {
                return NOT_CHECKED;
            }
            X509CertificateHolder certificate =
                    (X509CertificateHolder) matches.iterator().next();
            return new CmsCheck(
                    commonName(certificate),
                    digestMatches(signer, signedContent),
                    signatureValid(signer, certificate),
                    certificateBound(signer.getSignedAttributes(), certificate));
        } catch (CMSException | IOException | OperatorCreationException | RuntimeException e) {
            // Not a CMS at all, or one we cannot read: nothing of it verifies.
            return NOT_CHECKED;
        }
    }

    /**
     * The CMS without the zeros that pad the reserved space of /Contents: just the outer DER element, whose length its
     * header gives (a SEQUENCE with a short or long definite length).
     */
    static byte[] withoutPadding(byte[] contents) {
        if (contents.length < 2 || contents[0] != 0x30) {
            return contents;
        }
        int first = contents[1] & 0xFF;
        long length;
        int header;
        if (first < 0x80) {
            length = first;
            header = 2;
        } else {
            int octets = first & 0x7F;
            if (octets == 0 || octets > 4 || contents.length < 2 + octets) {
                return contents;
            }
            length = 0;
            for (int i = 0; i < octets; i++) {
                length = (length << 8) | (contents[2 + i] & 0xFF);
            }
            header = 2 + octets;
        }
        long total = header + length;
        return total < contents.length ? Arrays.copyOf(contents, (int) total) : contents;
    }

    private static boolean digestMatches(SignerInformation signer, byte[] signedContent)
            throws OperatorCreationException, IOException {
        Attribute attribute = signer.getSignedAttributes().get(CMSAttributes.messageDigest);
        if (attribute == null) {
            return false;
        }
        byte[] claimed = ASN1OctetString.getInstance(attribute.getAttrValues().getObjectAt(0))
                .getOctets();
        return Arrays.equals(claimed, digest(signer.getDigestAlgorithmID(), signedContent));
    }

    private static boolean signatureValid(SignerInformation signer, X509CertificateHolder certificate)
            throws OperatorCreationException, CMSException, IOException {
        try {
            var verifiers = new JcaSimpleSignerInfoVerifierBuilder().build(certificate);
            ContentVerifier verifier = verifiers.getContentVerifier(
                    signer.toASN1Structure().getDigestEncryptionAlgorithm(), signer.getDigestAlgorithmID());
            try (OutputStream out = verifier.getOutputStream()) {
                out.write(signer.getEncodedSignedAttributes());
            }
            return verifier.verify(signer.getSignature());
        } catch (java.security.cert.CertificateException e) {
            return false;
        }
    }

    private static boolean certificateBound(AttributeTable attributes, X509CertificateHolder certificate)
            throws OperatorCreationException, IOException {
        Attribute attribute = attributes.get(PKCSObjectIdentifiers.id_aa_signingCertificateV2);
        if (attribute == null) {
            return false;
        }
        ESSCertIDv2[] ids = SigningCertificateV2.getInstance(
                        attribute.getAttrValues().getObjectAt(0))
                .getCerts();
        return ids.length > 0
                && Arrays.equals(ids[0].getCertHash(), digest(ids[0].getHashAlgorithm(), certificate.getEncoded()));
    }

    private static byte[] digest(org.bouncycastle.asn1.x509.AlgorithmIdentifier algorithm, byte[] content)
            throws OperatorCreationException, IOException {
        DigestCalculator calculator =
                new JcaDigestCalculatorProviderBuilder().build().get(algorithm);
        try (OutputStream out = calculator.getOutputStream()) {
            out.write(content);
        }
        return calculator.getDigest();
    }

    private static @Nullable String commonName(X509CertificateHolder certificate) {
        RDN[] names = certificate.getSubject().getRDNs(BCStyle.CN);
        if (names.length == 0) {
            return null;
        }
        var value = names[0].getFirst().getValue();
        return value instanceof ASN1String text ? text.getString() : IETFUtils.valueToString(value);
    }
}
