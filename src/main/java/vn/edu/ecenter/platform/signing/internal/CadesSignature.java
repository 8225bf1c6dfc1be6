package vn.edu.ecenter.platform.signing.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.cert.CertificateEncodingException;
import java.util.Map;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.CMSObjectIdentifiers;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.cms.CMSAttributeTableGenerator;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.SignerInfoGeneratorBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.DefaultSignatureAlgorithmIdentifierFinder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import vn.edu.ecenter.platform.signing.SigningKey;

/**
 * The CMS SignedData of a PAdES baseline B-B signature (ETSI EN 319 142-1 §6.3, with EN 319 122-1 for the CMS):
 * detached (the PDF's byte range is the signed content, not enclosed), SHA-256, and exactly three signed attributes —
 * content-type, message-digest and signing-certificate-v2, which binds the signer's certificate to the signature. No
 * signing-time attribute: PAdES takes the claimed time from the signature dictionary's /M. The certificate chain is
 * included so that a reader can build the path to its trusted authority.
 */
final class CadesSignature {

    private CadesSignature() {}

    static byte[] detached(byte[] signedContent, SigningKey key) {
        try {
            var certificate = new JcaX509CertificateHolder(key.certificate());
            var signerInfo = new SignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder().build())
                    .setSignedAttributeGenerator(parameters -> signedAttributes(parameters, key))
                    .build(new DelegatingSigner(key), certificate);
            var generator = new CMSSignedDataGenerator();
            generator.addSignerInfoGenerator(signerInfo);
            generator.addCertificates(new JcaCertStore(key.certificateChain()));
            return generator
                    .generate(new CMSProcessableByteArray(signedContent), false)
                    .getEncoded(ASN1Encoding.DER);
        } catch (CMSException | OperatorCreationException | GeneralSecurityException e) {
            throw new IllegalStateException("Cannot build the CMS signature", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static AttributeTable signedAttributes(Map<?, ?> parameters, SigningKey key) {
        var contentType = parameters.get(CMSAttributeTableGenerator.CONTENT_TYPE) instanceof ASN1ObjectIdentifier type
                ? type
                : CMSObjectIdentifiers.data;
        byte[] digest = (byte[]) parameters.get(CMSAttributeTableGenerator.DIGEST);
        var attributes = new ASN1EncodableVector();
        attributes.add(new Attribute(CMSAttributes.contentType, new DERSet(contentType)));
        attributes.add(new Attribute(CMSAttributes.messageDigest, new DERSet(new DEROctetString(digest))));
        attributes.add(new Attribute(
                PKCSObjectIdentifiers.id_aa_signingCertificateV2,
                new DERSet(new SigningCertificateV2(new ESSCertIDv2[] {new ESSCertIDv2(certificateHash(key))}))));
        return new AttributeTable(attributes);
    }

    /** SHA-256, the default hash of ESSCertIDv2, so its algorithm is left out; so is issuerSerial (EN 319 122-1). */
    private static byte[] certificateHash(SigningKey key) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(key.certificate().getEncoded());
        } catch (CertificateEncodingException | java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Collects the DER of the signed attributes and hands it to the key, wherever that key lives. */
    private static final class DelegatingSigner implements ContentSigner {

        private final SigningKey key;
        private final AlgorithmIdentifier algorithm;
        private final ByteArrayOutputStream toBeSigned = new ByteArrayOutputStream();

        DelegatingSigner(SigningKey key) {
            this.key = key;
            this.algorithm = new DefaultSignatureAlgorithmIdentifierFinder().find(key.signatureAlgorithm());
        }

        @Override
        public AlgorithmIdentifier getAlgorithmIdentifier() {
            return algorithm;
        }

        @Override
        public OutputStream getOutputStream() {
            return toBeSigned;
        }

        @Override
        public byte[] getSignature() {
            return key.sign(toBeSigned.toByteArray());
        }
    }
}
