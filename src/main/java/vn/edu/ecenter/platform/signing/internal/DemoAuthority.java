package vn.edu.ecenter.platform.signing.internal;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.CertIOException;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import vn.edu.ecenter.platform.signing.Signer;

/**
 * Issues the certificates of demo mode: a self-signed demo authority, and one certificate per signer under it. The
 * names say that they are for trying the system out and have no legal value; no PDF reader trusts them.
 */
final class DemoAuthority {

    static final String NAME = "eCenter DEMO CA - chỉ để dùng thử - không có giá trị pháp lý";

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Duration AUTHORITY_VALIDITY = Duration.ofDays(20 * 365);
    private static final Duration SIGNER_VALIDITY = Duration.ofDays(5 * 365);
    /** Certificates start a day early, so that a clock set slightly back still finds them valid. */
    private static final Duration BACKDATE = Duration.ofDays(1);

    private DemoAuthority() {}

    record Issued(KeyPair keys, X509Certificate certificate) {}

    static Issued authority(Instant now) throws GeneralSecurityException {
        KeyPair keys = newKeyPair();
        X500Name name = new X500NameBuilder(BCStyle.INSTANCE)
                .addRDN(BCStyle.C, "VN")
                .addRDN(BCStyle.O, "eCenter (demo)")
                .addRDN(BCStyle.CN, NAME)
                .build();
        X509Certificate certificate =
                build(name, name, keys.getPublic(), keys.getPrivate(), keys.getPublic(), now, AUTHORITY_VALIDITY, true);
        return new Issued(keys, certificate);
    }

    static Issued signer(Signer signer, KeystoreKey authority, PrivateKey authorityKey, Instant now)
            throws GeneralSecurityException {
        KeyPair keys = newKeyPair();
        X500NameBuilder subject = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.C, "VN");
        if (signer.organisation() != null && !signer.organisation().isBlank()) {
            subject.addRDN(BCStyle.O, signer.organisation());
        }
        subject.addRDN(BCStyle.CN, signer.name()).addRDN(BCStyle.UID, signer.account());
        X500Name issuer = X500Name.getInstance(
                authority.certificate().getSubjectX500Principal().getEncoded());
        X509Certificate certificate = build(
                issuer,
                subject.build(),
                keys.getPublic(),
                authorityKey,
                authority.certificate().getPublicKey(),
                now,
                SIGNER_VALIDITY,
                false);
        return new Issued(keys, certificate);
    }

    private static X509Certificate build(
            X500Name issuer,
            X500Name subject,
            PublicKey subjectKey,
            PrivateKey issuerKey,
            PublicKey issuerPublicKey,
            Instant now,
            Duration validity,
            boolean authority)
            throws GeneralSecurityException {
        Instant from = now.minus(BACKDATE);
        X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(
                issuer,
                new BigInteger(127, RANDOM).add(BigInteger.ONE),
                Date.from(from),
                Date.from(from.plus(validity)),
                subject,
                subjectKey);
        try {
            var extensions = new JcaX509ExtensionUtils();
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(authority));
            builder.addExtension(
                    Extension.keyUsage,
                    true,
                    new KeyUsage(
                            authority
                                    ? KeyUsage.keyCertSign | KeyUsage.cRLSign
                                    : KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
            builder.addExtension(
                    Extension.subjectKeyIdentifier, false, extensions.createSubjectKeyIdentifier(subjectKey));
            builder.addExtension(
                    Extension.authorityKeyIdentifier, false, extensions.createAuthorityKeyIdentifier(issuerPublicKey));
            var signer = new JcaContentSignerBuilder("SHA256withRSA").build(issuerKey);
            return new JcaX509CertificateConverter().getCertificate(builder.build(signer));
        } catch (CertIOException | OperatorCreationException e) {
            throw new GeneralSecurityException("Cannot issue a demo certificate", e);
        }
    }

    private static KeyPair newKeyPair() throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048, RANDOM);
        return generator.generateKeyPair();
    }
}
