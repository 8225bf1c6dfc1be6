package vn.edu.ecenter.gradebook.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.type;

import java.math.BigDecimal;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("Điểm số: thang 10, số nguyên hoặc một chữ số thập phân, nhập như giáo viên gõ")
class ScoreTests {

    @ParameterizedTest(name = "gõ \"{0}\" → {1}")
    @CsvSource(
            delimiter = '|',
            ignoreLeadingAndTrailingWhitespace = false,
            value = {
                "8,5|8,5",
                "8.5|8,5",
                " 9 |9,0",
                "10|10,0",
                "0|0,0",
                "7|7,0",
                "10,0|10,0",
                "8,50|8,5",
                "08,5|8,5",
                "\u00A08,5\u00A0|8,5",
            })
    @DisplayName("Nhận điểm có dấu phẩy hoặc dấu chấm, bỏ khoảng trắng hai đầu, luôn hiển thị một chữ số thập phân")
    void acceptsWhatTeachersType(String typed, String shown) {
        Score score = Score.parse(typed);

        assertThat(score.display()).isEqualTo(shown);
        assertThat(score).isEqualTo(Score.of(shown.replace(',', '.')));
    }

    @ParameterizedTest(name = "gõ \"{0}\" → {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "11|OUT_OF_RANGE|Điểm 11 nằm ngoài thang điểm 10: điểm phải từ 0 đến 10.",
                "10,1|OUT_OF_RANGE|Điểm 10,1 nằm ngoài thang điểm 10: điểm phải từ 0 đến 10.",
                "-1|OUT_OF_RANGE|Điểm -1 nằm ngoài thang điểm 10: điểm phải từ 0 đến 10.",
                "8,55|TOO_MANY_DECIMALS|Điểm 8,55 có quá một chữ số thập phân: chỉ ghi số nguyên hoặc một chữ số thập phân,"
                        + " ví dụ 8,5.",
                "abc|NOT_A_NUMBER|\"abc\" không phải là điểm: hãy nhập một số từ 0 đến 10, số nguyên hoặc có một chữ số"
                        + " thập phân, ví dụ 8 hoặc 8,5.",
                "8,|NOT_A_NUMBER|\"8,\" không phải là điểm: hãy nhập một số từ 0 đến 10, số nguyên hoặc có một chữ số"
                        + " thập phân, ví dụ 8 hoặc 8,5.",
                "8 5|NOT_A_NUMBER|\"8 5\" không phải là điểm: hãy nhập một số từ 0 đến 10, số nguyên hoặc có một chữ số"
                        + " thập phân, ví dụ 8 hoặc 8,5.",
                "Đ|NOT_A_NUMBER|\"Đ\" không phải là điểm: hãy nhập một số từ 0 đến 10, số nguyên hoặc có một chữ số"
                        + " thập phân, ví dụ 8 hoặc 8,5.",
                "'  '|EMPTY|Chưa nhập điểm.",
            })
    @DisplayName("Từ chối điểm sai với thông báo tiếng Việt nêu rõ lỗi")
    void rejectsWithAClearVietnameseMessage(String typed, InvalidMark.Problem problem, String message) {
        assertThatThrownBy(() -> Score.parse(typed))
                .asInstanceOf(type(InvalidMark.class))
                .satisfies(invalid -> {
                    assertThat(invalid.problem()).isEqualTo(problem);
                    assertThat(Sheets.vietnamese(invalid.messageKey(), invalid.arguments()))
                            .isEqualTo(message);
                });
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"10.01", "-0.1", "8.55", "11"})
    @DisplayName("Không tạo được điểm ngoài 0–10 hoặc quá một chữ số thập phân, kể cả từ mã chương trình")
    void cannotBeBuiltOutsideTheScale(String value) {
        assertThatThrownBy(() -> new Score(new BigDecimal(value))).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest(name = "gõ \"{0}\" → {1}")
    @CsvSource({
        "Đ, DAT",
        "đ, DAT",
        "Đạt, DAT",
        "D, DAT",
        "dat, DAT",
        "CĐ, CHUA_DAT",
        "cđ, CHUA_DAT",
        "Chưa đạt, CHUA_DAT",
        "chua dat, CHUA_DAT",
        "CD, CHUA_DAT",
    })
    @DisplayName("Môn đánh giá bằng nhận xét nhận Đ / Đạt và CĐ / Chưa đạt, có dấu hoặc không dấu")
    void readsCommentLevels(String typed, CommentLevel level) {
        assertThat(Grading.COMMENTS.parse(typed)).isEqualTo(level);
        assertThat(level.display()).isIn("Đ", "CĐ");
    }

    @ParameterizedTest(name = "gõ \"{0}\"")
    @CsvSource({"8", "Tốt", "X"})
    @DisplayName("Môn đánh giá bằng nhận xét từ chối điểm số và chữ khác, nói rõ phải nhập Đ hoặc CĐ")
    void rejectsAnythingElseInACommentSubject(String typed) {
        assertThatThrownBy(() -> Grading.COMMENTS.parse(typed))
                .asInstanceOf(type(InvalidMark.class))
                .satisfies(invalid -> assertThat(Sheets.vietnamese(invalid.messageKey(), invalid.arguments()))
                        .isEqualTo("\"" + typed + "\" không phải là mức đánh giá: môn này đánh giá bằng nhận xét, hãy"
                                + " nhập Đ (Đạt) hoặc CĐ (Chưa đạt)."));
    }
}
