package vn.edu.ecenter.people.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("Số điện thoại Việt Nam")
class ChecksTests {

    @ParameterizedTest(name = "\"{0}\" → {1}")
    @CsvSource({
        "0912345678, 0912345678",
        "0912 345 678, 0912345678",
        "(028) 3829-1234, 02838291234",
        "+84912345678, 0912345678",
        "912345678, ",
        "09123, ",
        "abc, "
    })
    @DisplayName("Giữ lại chữ số; số không hợp lệ thì không nhận")
    void normalisesPhoneNumbers(String typed, String digits) {
        assertThat(Checks.phoneDigits(typed)).isEqualTo(digits);
    }
}
