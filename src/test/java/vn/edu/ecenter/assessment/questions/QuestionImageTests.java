package vn.edu.ecenter.assessment.questions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HexFormat;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("Hình ảnh của câu hỏi được nhận biết theo các byte đầu")
class QuestionImageTests {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(
            nullValues = "none",
            value = {
                "89504e470d0a1a0a0000000d49484452, image/png",
                "ffd8ffe000104a464946, image/jpeg",
                "474946383961010001, image/gif",
                "474946383761010001, image/gif",
                "52494646240000005745425056503820, image/webp",
                "52494646240000004156492020, none", // RIFF but AVI
                "3c7376672f3e, none", // <svg/>: never served as a picture
                "89504e47, none", // a PNG cut short
                "ffd8, none",
                "'', none",
                "255044462d312e37, none" // %PDF-1.7
            })
    void knowsThePictureByItsFirstBytes(String hex, String type) {
        assertThat(QuestionImage.mediaType(HexFormat.of().parseHex(hex))).isEqualTo(type);
    }
}
