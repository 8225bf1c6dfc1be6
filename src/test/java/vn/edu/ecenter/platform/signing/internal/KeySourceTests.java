package vn.edu.ecenter.platform.signing.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.unit.DataSize;
import vn.edu.ecenter.platform.signing.Signer;
import vn.edu.ecenter.platform.signing.SigningKey;
import vn.edu.ecenter.platform.web.Rejected;

class KeySourceTests {

    static final Signer HOMEROOM = new Signer("gv.lan", "Nguyễn Thị Lan", "Trung tâm GDTX Lê Quý Đôn");
    static final Signer DIRECTOR = new Signer("gd.binh", "Trần Văn Bình", null);

    final Clock clock = Clock.fixed(Instant.parse("2026-06-01T02:30:00Z"), ZoneOffset.UTC);

    @TempDir
    Path folder;

    @Test
    void demoModeIssuesAKeyPerSignerUnderADemoAuthorityAndKeepsIt() throws Exception {
        var source = new DemoKeySource(folder, clock);

        SigningKey key = source.keyFor(HOMEROOM).orElseThrow();

        assertThat(key.certificate().getSubjectX500Principal().getName())
                .contains("CN=Nguyễn Thị Lan")
                .contains("O=Trung tâm GDTX Lê Quý Đôn");
        assertThat(key.certificateChain()).hasSize(2);
        assertThat(key.certificateChain().getLast().getSubjectX500Principal().getName())
                .contains(DemoAuthority.NAME);
        key.certificate().verify(key.certificateChain().getLast().getPublicKey());
        assertThat(key.signatureAlgorithm()).isEqualTo("SHA256withRSA");
        assertThat(folder.resolve(DemoKeySource.STORE)).isRegularFile();
        assertThat(Files.getPosixFilePermissions(folder.resolve(DemoKeySource.PASSWORD)))
                .isEqualTo(PosixFilePermissions.fromString("rw-------"));
        var again = new DemoKeySource(folder, clock).keyFor(HOMEROOM).orElseThrow();
        assertThat(again.certificate()).isEqualTo(key.certificate());
        var other = source.keyFor(DIRECTOR).orElseThrow();
        assertThat(other.certificate()).isNotEqualTo(key.certificate());
        assertThat(other.certificateChain().getLast())
                .isEqualTo(key.certificateChain().getLast());
    }

    @Test
    void aKeyStoreGivesTheKeyNamedAfterTheAccountWhateverItsCase() throws Exception {
        var demoKey = new DemoKeySource(folder.resolve("demo"), clock)
                .keyFor(HOMEROOM)
                .orElseThrow();
        Path file = folder.resolve("centre.p12");
        char[] password = "mat-khau-kho-khoa".toCharArray();
        writeKeyStore(file, "GV.Lan", demoKey, password);

        var source = new Pkcs12KeySource(file, password);

        assertThat(source.keyFor(HOMEROOM))
                .hasValueSatisfying(key -> assertThat(key.certificate()).isEqualTo(demoKey.certificate()));
        assertThat(source.keyFor(DIRECTOR)).isEmpty();
    }

    @Test
    void aWrongKeyStorePasswordStopsStartUpWithAClearMessage() throws Exception {
        var demoKey = new DemoKeySource(folder.resolve("demo"), clock)
                .keyFor(HOMEROOM)
                .orElseThrow();
        Path file = folder.resolve("centre.p12");
        writeKeyStore(file, "gv.lan", demoKey, "dung".toCharArray());

        assertThatThrownBy(() -> new Pkcs12KeySource(file, "sai".toCharArray()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("ecenter.signing.keystore");
    }

    @Test
    void withoutAKeyStoreOutsideDemoModeSigningIsRefusedAsNotConfigured() {
        var source = new SigningConfiguration()
                .signingKeySource(
                        new SigningProperties(new SigningProperties.Keystore(null, null), DataSize.ofKilobytes(16)),
                        false,
                        folder,
                        clock);

        Rejected refusal = catchThrowableOfType(Rejected.class, () -> source.keyFor(HOMEROOM));

        assertThat(refusal.messageKey()).isEqualTo("signing.notConfigured");
        assertThat(folder).isEmptyDirectory();
    }

    private void writeKeyStore(Path file, String alias, SigningKey key, char[] password) throws Exception {
        KeyStore source = KeyStore.getInstance("PKCS12");
        Path demo = folder.resolve("demo");
        char[] demoPassword =
                Files.readString(demo.resolve(DemoKeySource.PASSWORD)).strip().toCharArray();
        try (var in = Files.newInputStream(demo.resolve(DemoKeySource.STORE))) {
            source.load(in, demoPassword);
        }
        KeyStore target = KeyStore.getInstance("PKCS12");
        target.load(null, password);
        target.setKeyEntry(
                alias,
                source.getKey("user-gv.lan", demoPassword),
                password,
                key.certificateChain().toArray(Certificate[]::new));
        try (OutputStream out = Files.newOutputStream(file)) {
            target.store(out, password);
        }
    }
}
