package vn.edu.ecenter.timetable.fet;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Small FET files for tests: two days of four periods (Thứ 2, Thứ 3; T1..T4), teachers Lan and Minh, year Khối 6 with
 * classes 6A and 6B, subjects Toán and Văn; the caller supplies activities and constraints as FET XML.
 */
final class FetSamples {

    /** The four Vietnamese schools' files, shared by all worktrees beside the repository. */
    static final Path BENCHMARKS = Path.of("bench/data/fet");

    private FetSamples() {}

    static Path benchmark(String name) {
        return BENCHMARKS.resolve(name + ".fet");
    }

    static String fet(String activities, String timeConstraints) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <fet version="6.8.5">
                <Institution_Name>Trường thử</Institution_Name>
                <Days_List><Number_of_Days>2</Number_of_Days>
                <Day><Name>Thứ 2</Name></Day><Day><Name>Thứ 3</Name></Day></Days_List>
                <Hours_List><Number_of_Hours>4</Number_of_Hours>
                <Hour><Name>T1</Name></Hour><Hour><Name>T2</Name></Hour><Hour><Name>T3</Name></Hour>
                <Hour><Name>T4</Name></Hour></Hours_List>
                <Subjects_List><Subject><Name>Toán</Name></Subject><Subject><Name>Văn</Name></Subject></Subjects_List>
                <Teachers_List><Teacher><Name>Lan</Name></Teacher><Teacher><Name>Minh</Name></Teacher></Teachers_List>
                <Students_List><Year><Name>Khối 6</Name><Number_of_Students>70</Number_of_Students>
                <Group><Name>6A</Name><Number_of_Students>35</Number_of_Students></Group>
                <Group><Name>6B</Name><Number_of_Students>35</Number_of_Students></Group></Year></Students_List>
                <Activities_List>
                %s
                </Activities_List>
                <Time_Constraints_List>
                <ConstraintBasicCompulsoryTime><Weight_Percentage>100</Weight_Percentage></ConstraintBasicCompulsoryTime>
                %s
                </Time_Constraints_List>
                </fet>
                """.formatted(activities, timeConstraints);
    }

    /** An active activity of one teacher, subject Toán, one students set. */
    static String activity(int id, String teacher, String students, int duration) {
        return """
                <Activity><Teacher>%s</Teacher><Subject>Toán</Subject><Students>%s</Students>
                <Duration>%d</Duration><Total_Duration>%d</Total_Duration><Id>%d</Id>
                <Activity_Group_Id>0</Activity_Group_Id><Active>true</Active></Activity>""".formatted(teacher, students, duration, duration, id);
    }

    static FetDocument read(String xml) {
        return FetReader.read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }
}
