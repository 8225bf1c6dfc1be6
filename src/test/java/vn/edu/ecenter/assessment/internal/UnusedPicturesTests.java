package vn.edu.ecenter.assessment.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.edu.ecenter.academics.AcademicsFixture;
import vn.edu.ecenter.assessment.AssessmentFixture;
import vn.edu.ecenter.assessment.AssessmentFixture.Classroom;
import vn.edu.ecenter.assessment.QuestionBanks;
import vn.edu.ecenter.assessment.QuestionImages;
import vn.edu.ecenter.assessment.questions.Body;
import vn.edu.ecenter.assessment.questions.Metadata;
import vn.edu.ecenter.assessment.questions.Option;
import vn.edu.ecenter.assessment.questions.Question;
import vn.edu.ecenter.assessment.questions.QuestionSpec;
import vn.edu.ecenter.platform.audit.AuditTrail;
import vn.edu.ecenter.platform.clock.MovedClock;
import vn.edu.ecenter.platform.tenancy.Tenancy;
import vn.edu.ecenter.platform.web.Rejected;
import vn.edu.ecenter.support.EcenterTest;

@EcenterTest
@DisplayName("Hình tải lên mà không câu hỏi nào dùng được dọn sau một ngày; hình câu hỏi đang dùng thì không")
class UnusedPicturesTests {

    private static final byte[] GIF = "GIF89a\u0001\u0000".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);

    @Autowired
    AssessmentFixture classroom;

    @Autowired
    AcademicsFixture fixture;

    @Autowired
    QuestionBanks banks;

    @Autowired
    QuestionImages pictures;

    @Autowired
    BankStore store;

    @Autowired
    Tenancy tenancy;

    @Autowired
    AuditTrail audit;

    Classroom room;
    UUID leftInTheEditor;
    UUID savedWithAQuestion;

    @BeforeEach
    void aTeacherUploadsTwoPicturesAndSavesOne() {
        room = classroom.classroom();
        leftInTheEditor =
                fixture.as(room.ha(), () -> pictures.upload(room.bank().id(), "bo-do.gif", GIF));
        savedWithAQuestion =
                fixture.as(room.ha(), () -> pictures.upload(room.bank().id(), "tam-giac.gif", GIF));
        fixture.as(
                room.ha(), () -> banks.addQuestion(room.bank().id(), AssessmentFixture.triangle(savedWithAQuestion)));
    }

    private UnusedPictures sweepAt(Instant now) {
        return new UnusedPictures(store, tenancy, audit, MovedClock.at(now), Duration.ofDays(1));
    }

    private boolean kept(UUID picture) {
        try {
            fixture.as(room.ha(), () -> pictures.picture(picture));
            return true;
        } catch (Rejected notFound) {
            return false;
        }
    }

    @Test
    @DisplayName("Sau một ngày: hình bỏ dở bị xóa, hình của câu hỏi còn nguyên")
    void aPictureNoQuestionShowsGoesAfterADay() {
        sweepAt(Instant.now().plus(Duration.ofHours(25))).sweep();

        assertThat(kept(leftInTheEditor)).isFalse();
        assertThat(kept(savedWithAQuestion)).isTrue();
        assertThatThrownBy(() -> fixture.as(
                        room.ha(),
                        () -> banks.addQuestion(
                                room.bank().id(),
                                new QuestionSpec(
                                        new Question(
                                                "Bộ đồ dùng trong hình gồm mấy món?",
                                                Body.Choice.single(
                                                        List.of(Option.right("1", "Ba"), Option.wrong("2", "Bốn"))),
                                                null,
                                                leftInTheEditor),
                                        new Metadata("", 10, "Hình học", null, null, List.of())))))
                .isInstanceOf(Rejected.class);
    }

    @Test
    @DisplayName("Trong ngày đầu, hình chưa lưu vẫn được giữ cho trang soạn còn mở")
    void aPictureJustUploadedStays() {
        sweepAt(Instant.now().plus(Duration.ofHours(23))).sweep();

        assertThat(kept(leftInTheEditor)).isTrue();
        assertThat(kept(savedWithAQuestion)).isTrue();
    }
}
