package vn.edu.ecenter.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.edu.ecenter.platform.web.Rejected;

@DisplayName("Quy tắc mật khẩu")
class PasswordPolicyTests {

    private final PasswordPolicy policy =
            new PasswordPolicy(new IdentityProperties(5, Duration.ofMinutes(15), Duration.ofHours(8), 8));

    @ParameterizedTest(name = "{1} → {2}")
    @CsvSource(delimiter = '|', textBlock = """
            # username | password          | refused because
            gv.toan    | Ab1cd2x           | identity.password.tooShort
            gv.toan    | chuachuachua      | identity.password.lettersAndDigits
            gv.toan    | 2026202620262026  | identity.password.lettersAndDigits
            gv.toan    | ........          | identity.password.lettersAndDigits
            gv.toan    | gv.toan2026       | identity.password.containsUsername
            gv.toan    | Xin-GV.TOAN-2026  | identity.password.containsUsername
            """)
    @DisplayName("Mật khẩu không đạt quy tắc bị từ chối với lý do rõ ràng")
    void refusesPasswordThatBreaksARule(String username, String password, String reason) {
        Rejected refused = catchThrowableOfType(Rejected.class, () -> policy.check(username, password));

        assertThat(refused).isNotNull();
        assertThat(refused.messageKey()).isEqualTo(reason);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            # username | password
            gv.toan    | Toan2026hoc
            gv.toan    | 12345678a
            ketoan     | Mật2026khẩu
            """)
    @DisplayName("Mật khẩu đủ dài, có chữ và số, không chứa tên đăng nhập được chấp nhận")
    void acceptsPasswordThatKeepsEveryRule(String username, String password) {
        assertThatCode(() -> policy.check(username, password)).doesNotThrowAnyException();
    }
}
