package vn.edu.ecenter.platform.signing.internal;

import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Digital signature settings ({@code ecenter.signing.*}, docs/platform/signing.md).
 *
 * @param keystore the PKCS#12 file holding the signers' keys; without it, demo mode issues demo keys and otherwise
 *     signing is refused as not configured
 * @param signatureSize the room reserved in the PDF for one signature value (the CMS with its certificates); a
 *     timestamp (PAdES B-T) or a long certificate chain needs more
 */
@ConfigurationProperties("ecenter.signing")
record SigningProperties(
        @DefaultValue Keystore keystore,
        @DefaultValue("16KB") DataSize signatureSize) {

    /**
     * @param path the .p12 file; each key entry's alias is the account name of its signer
     * @param password the password of the file and of its keys; set it in the environment
     *     ({@code ECENTER_SIGNING_KEYSTORE_PASSWORD}), never in a file in the repository
     */
    record Keystore(@Nullable Path path, @Nullable String password) {}
}
