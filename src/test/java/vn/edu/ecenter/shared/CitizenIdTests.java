package vn.edu.ecenter.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("Số định danh cá nhân: 12 chữ số, mã tỉnh, thế kỷ và giới tính, năm sinh")
class CitizenIdTests {

    @ParameterizedTest(name = "{0} (nữ={1}, sinh {2}) → {3}")
    @CsvSource(
            nullValues = "-",
            value = {
                // HCMC (079), born 2009: century digit 2 for a man, 3 for a woman
                "079209001234,  false, 2009-03-15, -",
                "079309001234,  true,  2009-03-15, -",
                "079 309 001 234, true, 2009-03-15, -",
                "001.085.012.345, false, 1985-01-01, -",
                // man and woman born 1999: 0 and 1
                "001099012345,  false, 1999-12-31, -",
                "001199012345,  true,  1999-12-31, -",
                "07920900123,   false, 2009-03-15, FORMAT",
                "0792090012345, false, 2009-03-15, FORMAT",
                "07920900123A,  false, 2009-03-15, FORMAT",
                // 003 is not a province code, 099 neither
                "003209001234,  false, 2009-03-15, PROVINCE",
                "099209001234,  false, 2009-03-15, PROVINCE",
                "079209001234,  true,  2009-03-15, SEX",
                "079309001234,  false, 2009-03-15, SEX",
                "079208001234,  false, 2009-03-15, BIRTH_YEAR",
                "079009001234,  false, 2009-03-15, BIRTH_YEAR",
                "079209001234,  -,     -,          -",
            })
    void checksTheNumberAgainstWhatIsKnownOfItsHolder(
            String typed, Boolean female, LocalDate born, CitizenId.Problem expected) {
        assertThat(CitizenId.check(typed, CitizenId.PROVINCE_CODES_2015, female, born))
                .isEqualTo(java.util.Optional.ofNullable(expected));
    }

    @ParameterizedTest
    @CsvSource({"079209001234, *********234"})
    void isMaskedInListsAndLogs(String value, String masked) {
        assertThat(new CitizenId(value).masked()).isEqualTo(masked);
        assertThat(new CitizenId(value).toString()).doesNotContain("0792");
    }
}
