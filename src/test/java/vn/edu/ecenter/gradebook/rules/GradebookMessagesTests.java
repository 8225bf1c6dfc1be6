package vn.edu.ecenter.gradebook.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Mọi mức, quyết định, cột và lỗi nhập điểm có tên tiếng Việt và tiếng Anh")
class GradebookMessagesTests {

    @Test
    @DisplayName("Các khóa thông điệp do quy tắc tạo ra đều có trong bộ thông điệp gradebook")
    void everyKeyTheRulesProduceExists() {
        List<String> keys = new ArrayList<>();
        Arrays.stream(InvalidMark.Problem.values())
                .map(InvalidMark.Problem::messageKey)
                .forEach(keys::add);
        Arrays.stream(CommentLevel.values()).map(CommentLevel::messageKey).forEach(keys::add);
        Arrays.stream(Rating.values()).map(Rating::messageKey).forEach(keys::add);
        Arrays.stream(Decision.values()).map(Decision::messageKey).forEach(keys::add);
        for (MarkSlot slot : MarkSlot.semester(1)) {
            keys.add(slot.messageKey());
            keys.add(new Missing(Semester.HK1, slot).messageKey());
        }
        keys.add(new LearningResult.Unclassified(List.of("Toán")).messageKey());

        for (String language : List.of("vi", "en")) {
            Properties bundle = Sheets.bundle(language);
            assertThat(keys).as(language).allSatisfy(key -> assertThat(bundle.getProperty(key))
                    .as(key)
                    .isNotBlank());
        }
        assertThat(Sheets.vietnamese(Decision.REN_LUYEN_HE.messageKey())).isEqualTo("Rèn luyện trong kỳ nghỉ hè");
        assertThat(Sheets.vietnamese(
                        MarkSlot.regular(3).messageKey(), MarkSlot.regular(3).arguments()))
                .isEqualTo("ĐĐGtx 3");
    }
}
