package vn.edu.ecenter.timetable.fet;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.edu.ecenter.timetable.fet.FetSamples.activity;
import static vn.edu.ecenter.timetable.fet.FetSamples.fet;
import static vn.edu.ecenter.timetable.fet.FetSamples.read;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FetWriterTests {

    private static String written(FetDocument document) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        FetWriter.write(document, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static FetDocument roundTrip(FetDocument document) {
        return FetReader.read(new ByteArrayInputStream(written(document).getBytes(StandardCharsets.UTF_8)));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Vietnam-LeQuiDon-LamHa-Khoi-sang",
                "Vietnam-LeQuiDon-LamHa-Khoi-chieu",
                "Vietnam-HungYen-secondary",
                "Vietnam-THCS-DucHop-KimDong-HungYen-2015"
            })
    void readsBackWhatItWrites(String file) {
        FetDocument document = FetReader.read(FetSamples.benchmark(file));

        assertThat(roundTrip(document)).isEqualTo(document);
    }

    @Test
    void locksATimetableInAsFetSavesDataAndTimetable() {
        String file = "Vietnam-HungYen-secondary";
        FetDocument document = FetReader.read(FetSamples.benchmark(file));
        Timetable timetable = FetTimetables.generatedByFet(document, file);

        FetDocument saved = roundTrip(FetWriter.withTimetable(document, timetable));

        List<FetConstraint> added = saved.timeConstraints()
                .subList(
                        document.timeConstraints().size(),
                        saved.timeConstraints().size());
        assertThat(saved.timeConstraints().subList(0, document.timeConstraints().size()))
                .isEqualTo(document.timeConstraints());
        assertThat(added)
                .hasSize(230 - 8) // eight activities (Chào cờ, SHL) already have a fixed start in the file
                .allSatisfy(c -> assertThat(c)
                        .isInstanceOfSatisfying(FetConstraint.ActivityPreferredStartingTime.class, lock -> {
                            assertThat(lock.permanentlyLocked()).isTrue();
                            assertThat(lock.header()).isEqualTo(ConstraintHeader.compulsory());
                        }));
        assertThat(Timetable.lockedIn(saved)).isEqualTo(timetable);
        assertThat(FetChecker.check(saved, timetable).hardViolations()).isZero();
    }

    @Test
    void writesTheLayoutFetWrites() {
        String xml = written(read(fet(activity(1, "Lan", "6A", 2), "")));

        assertThat(xml)
                .startsWith(
                        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n\n<fet version=\"6.8.5\">\n\n<Mode>Official</Mode>\n\n")
                .contains("<Days_List>\n<Number_of_Days>2</Number_of_Days>\n<Day>\n\t<Name>Thứ 2</Name>\n</Day>\n")
                .contains(
                        "<Year>\n\t<Name>Khối 6</Name>\n\t<Number_of_Students>70</Number_of_Students>\n\t<Comments></Comments>\n\t<Group>\n\t\t<Name>6A</Name>\n")
                .contains(
                        "<Activity>\n\t<Teacher>Lan</Teacher>\n\t<Subject>Toán</Subject>\n\t<Students>6A</Students>\n\t<Duration>2</Duration>\n")
                .endsWith("</Space_Constraints_List>\n\n</fet>\n");
    }

    @Test
    void writesUnsupportedConstraintsBackAndEscapesText() {
        String early = """
                <ConstraintStudentsEarlyMaxBeginningsAtSecondHour><Weight_Percentage>99.5</Weight_Percentage>
                <Max_Beginnings_At_Second_Hour>0</Max_Beginnings_At_Second_Hour><Active>true</Active>
                <Comments>Sáng & chiều <2 lần></Comments></ConstraintStudentsEarlyMaxBeginningsAtSecondHour>""".replace("& chiều <2 lần>", "&amp; chiều &lt;2 lần&gt;");
        FetDocument document = read(fet(activity(1, "Lan", "6A", 1), early));

        FetDocument again = roundTrip(document);

        assertThat(again).isEqualTo(document);
        assertThat(again.timeConstraints().getLast().header())
                .isEqualTo(new ConstraintHeader(new Weight(99.5), true, "Sáng & chiều <2 lần>"));
    }
}
