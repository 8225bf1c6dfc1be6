package vn.edu.ecenter.people.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("Chuỗi tìm kiếm: bỏ dấu, chữ hoa, số điện thoại, xếp hạng kết quả")
class SearchTests {

    @ParameterizedTest(name = "\"{0}\" → \"{1}\"")
    @CsvSource({
        "Nguyễn Văn An, nguyen van an",
        "NGUYEN VAN AN, nguyen van an",
        "'  nguyễn   VĂN an ', nguyen van an",
        "Đặng Thị Ánh, dang thi anh",
        "0912 345 678, 0912345678",
        "0912.345.678, 0912345678",
        "+84 912 345 678, 0912345678",
        "HV001, hv001"
    })
    @DisplayName("Gõ theo cách nào cũng ra cùng một chuỗi tìm")
    void foldsWhatIsTyped(String typed, String folded) {
        assertThat(Search.of(typed).folded()).isEqualTo(folded);
    }

    @Test
    @DisplayName("Một ký tự thì chưa tìm; nhiều từ được tách để tìm theo thứ tự bất kỳ")
    void tooShortOrSeveralWords() {
        assertThat(Search.of("a").isEmpty()).isTrue();
        assertThat(Search.of(" Vân  Ánh ").words()).containsExactly("van", "anh");
    }

    @Test
    @DisplayName("Khớp đúng cả tên, rồi bắt đầu bằng, rồi đầu từ, rồi phần còn lại")
    void ranksExactMatchesFirst() {
        Search search = Search.of("nguyen van an");

        List<Integer> ranks = List.of(
                search.rank("Nguyễn Văn An", "HV1", null),
                search.rank("Nguyễn Văn Anh", "HV2", null),
                search.rank("Nguyễn Thị Vân Anh", "HV3", null),
                search.rank("Trần Nguyễn Vạn Xuân", "HV4", null));

        assertThat(ranks).containsExactly(0, 1, 2, 3);
        assertThat(Search.of("hv002").rank("Lê Văn B", "HV002", null)).isZero();
        assertThat(Search.of("0912345678").rank("Lê Văn B", "X1", "0912345678")).isZero();
    }
}
