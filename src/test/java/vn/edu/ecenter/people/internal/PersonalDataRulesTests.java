package vn.edu.ecenter.people.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.edu.ecenter.people.ConsentRule;

@DisplayName("Quy tắc dữ liệu cá nhân: ai phải đồng ý, hạn phản hồi yêu cầu")
class PersonalDataRulesTests {

    @ParameterizedTest(name = "sinh {0}, ngày {1}: {2} tuổi, cần phụ huynh {3}, hỏi cả học viên {4}")
    @CsvSource({
        "2010-11-28, 2026-11-28, 16, false, true",
        "2010-11-29, 2026-11-28, 15, true, true",
        "2011-01-01, 2026-11-28, 15, true, true",
        "2000-05-05, 2026-11-28, 26, false, true",
        "2020-01-01, 2026-11-28, 6, true, false",
        "2019-11-28, 2026-11-28, 7, true, true"
    })
    @DisplayName("Dưới 16 tuổi (tính theo ngày sinh) cần người đại diện đồng ý; từ 7 tuổi hỏi cả học viên")
    void whoMustConsent(LocalDate birth, LocalDate on, int age, boolean guardian, boolean learnerToo) {
        assertThat(PersonalDataService.rule(birth, on, 16)).isEqualTo(new ConsentRule(age, guardian, learnerToo));
    }

    @ParameterizedTest(name = "nhận {0} → phản hồi trước {1}")
    @CsvSource({
        "2026-11-23, 2026-11-25", // Monday → Wednesday
        "2026-11-26, 2026-11-30", // Thursday → Monday
        "2026-11-27, 2026-12-01", // Friday → Tuesday
        "2026-11-28, 2026-12-01", // Saturday → Tuesday
        "2026-11-29, 2026-12-01" // Sunday → Tuesday
    })
    @DisplayName("Phản hồi trong 2 ngày làm việc, bỏ qua thứ Bảy và Chủ nhật")
    void acknowledgementSkipsWeekends(LocalDate received, LocalDate by) {
        assertThat(PersonalDataService.acknowledgeBy(received, 2)).isEqualTo(by);
    }
}
