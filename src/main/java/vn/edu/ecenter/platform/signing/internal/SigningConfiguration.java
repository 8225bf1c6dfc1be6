package vn.edu.ecenter.platform.signing.internal;

import java.nio.file.Path;
import java.time.Clock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.edu.ecenter.platform.signing.SigningKeySource;
import vn.edu.ecenter.platform.web.Rejected;

/**
 * Chooses where signers' keys come from: the configured PKCS#12 file; else, in demo mode, demo keys under the data
 * folder; else none, and every signature is refused with a message that signing is not configured.
 */
@Configuration(proxyBeanMethods = false)
class SigningConfiguration {

    @Bean
    SigningKeySource signingKeySource(
            SigningProperties properties,
            @Value("${ecenter.demo:false}") boolean demo,
            @Value("${ecenter.data-dir}") Path dataDir,
            Clock clock) {
        Path keystore = properties.keystore().path();
        if (keystore != null) {
            String password = properties.keystore().password();
            if (password == null) {
                throw new IllegalStateException("ecenter.signing.keystore.path is set but its password is not: set "
                        + "ECENTER_SIGNING_KEYSTORE_PASSWORD");
            }
            return new Pkcs12KeySource(keystore, password.toCharArray());
        }
        if (demo) {
            return new DemoKeySource(dataDir.resolve("keys"), clock);
        }
        return signer -> {
            throw new Rejected("signing.notConfigured");
        };
    }
}
