package vn.edu.ecenter.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("Họ tên: tách họ / đệm / tên và thứ tự danh sách lớp")
class PersonNameTests {

    @ParameterizedTest(name = "{0} → {1} / {2} / {3}")
    @CsvSource(
            delimiter = '|',
            value = {
                "Nguyễn Thị Ánh Tuyết | Nguyễn | Thị Ánh | Tuyết",
                "Lê An                | Lê     |         | An",
                "  Trần   Văn  Bình   | Trần   | Văn     | Bình",
                "Tôn Nữ Thị Hà        | Tôn    | Nữ Thị  | Hà",
            })
    void splitsAFullNameAsWritten(String full, String family, String middle, String given) {
        PersonName name = PersonName.parse(full);

        assertThat(name.family()).isEqualTo(family);
        assertThat(name.middle()).isEqualTo(middle == null ? "" : middle);
        assertThat(name.given()).isEqualTo(given);
        assertThat(name.fullName()).isEqualTo(full.strip().replaceAll("\\s+", " "));
    }

    @Test
    void aOneWordNameCannotBeSplit() {
        assertThatThrownBy(() -> PersonName.parse("Tuyết")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PersonName.parse("   ")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void decomposedInputIsStoredComposed() {
        String decomposed = "Nguye\u0302\u0303n Va\u0306n An";

        assertThat(PersonName.parse(decomposed).family()).isEqualTo("Nguyễn");
    }

    @Test
    void classListsSortByGivenThenMiddleThenFamilyNameInVietnameseOrder() {
        // vn-regulations §9.1: the order confirmed with the JDK and ICU collators.
        List<String> expected =
                List.of("Lê Hoàng An", "Đặng Minh An", "Nguyễn Văn An", "Võ Thị Mỹ Anh", "Trần Thị Ánh", "Phạm Bình");
        List<String> shuffled =
                List.of("Phạm Bình", "Trần Thị Ánh", "Nguyễn Văn An", "Võ Thị Mỹ Anh", "Lê Hoàng An", "Đặng Minh An");

        List<String> sorted = shuffled.stream()
                .map(PersonName::parse)
                .sorted(PersonName.CLASS_LIST_ORDER)
                .map(PersonName::fullName)
                .toList();

        assertThat(sorted).containsExactlyElementsOf(expected);
    }

    @Test
    void dComesBeforeĐAndTonesFollowTheirOrder() {
        List<String> sorted = List.of("Đức", "mạ", "Duy", "má", "ma", "mã", "mả", "mà").stream()
                .sorted(VietnameseText.order())
                .toList();

        assertThat(sorted).containsExactly("Duy", "Đức", "ma", "mà", "mả", "mã", "má", "mạ");
    }

    @ParameterizedTest
    @CsvSource({"Nguyễn Văn An", "nguyen van an", "NGUYEN VAN AN", "  Nguyễn   VĂN  an "})
    void searchFoldsDiacriticsAndCase(String typed) {
        assertThat(VietnameseText.fold(typed)).isEqualTo("nguyen van an");
    }

    @Test
    void searchFoldsĐToD() {
        assertThat(VietnameseText.fold("Đặng Đình Đức")).isEqualTo("dang dinh duc");
    }
}
