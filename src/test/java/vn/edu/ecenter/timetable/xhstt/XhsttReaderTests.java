package vn.edu.ecenter.timetable.xhstt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("Đọc tệp XHSTT: mô hình, lời giải tách riêng, lỗi nêu rõ bằng tiếng Việt, không đọc thực thể ngoài")
class XhsttReaderTests {

    private static final String VALID_EVENT =
            "<Event Id=\"E1\"><Name>E1</Name><Duration>2</Duration><Resources><Resource Reference=\"T1\">"
                    + "<Role>Teacher</Role></Resource></Resources></Event>";

    /** A one-teacher instance whose events are {@code events} and whose constraints are {@code constraints}. */
    private static String archive(String events, String constraints, String after) {
        return """
                <HighSchoolTimetableArchive><Instances><Instance Id="Tiny">
                <MetaData><Name>Tiny</Name><Contributor>t</Contributor><Date>2026</Date><Country>VN</Country>
                <Description>d</Description></MetaData>
                <Times><TimeGroups><Day Id="Mo"><Name>Mo</Name></Day></TimeGroups>
                <Time Id="Mo1"><Name>Mo1</Name><Day Reference="Mo"/></Time>
                <Time Id="Mo2"><Name>Mo2</Name><Day Reference="Mo"/></Time></Times>
                <Resources><ResourceTypes><ResourceType Id="Teacher"><Name>Teacher</Name></ResourceType></ResourceTypes>
                <Resource Id="T1"><Name>T1</Name><ResourceType Reference="Teacher"/></Resource></Resources>
                <Events>
                %s
                </Events>
                <Constraints>%s</Constraints>
                </Instance></Instances>%s</HighSchoolTimetableArchive>
                """.formatted(events, constraints, after);
    }

    private static ByteArrayInputStream stream(String xml) {
        return new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    @DisplayName("Đọc KosovaInstance1: số thời điểm, tài nguyên, sự kiện, ràng buộc khớp với README")
    void readsABenchmarkInstanceIntoIndices() {
        Instance kosovo = XhsttReader.readInstances(BenchmarkCostsTests.BENCHMARKS.resolve("KosovaInstance1.xml"))
                .getFirst();

        assertThat(kosovo.id()).isEqualTo("KS-PR-11");
        assertThat(kosovo.times()).hasSize(62);
        assertThat(kosovo.resources()).hasSize(164);
        assertThat(kosovo.events()).hasSize(809);
        assertThat(kosovo.events().stream().mapToInt(Event::duration).sum()).isEqualTo(1912);
        assertThat(kosovo.timeGroups().stream().filter(g -> g.kind() == TimeGroup.Kind.DAY))
                .hasSize(5)
                .allSatisfy(day -> assertThat(day.times().size()).isPositive());
        Event first = kosovo.events().getFirst();
        assertThat(first.resources())
                .allSatisfy(r -> assertThat(r.isPreassigned()).isTrue());
    }

    @Test
    @DisplayName("readInstances dừng ở <SolutionGroups>: phần lời giải hỏng cũng không ảnh hưởng, vì không được đọc")
    void readInstancesNeverReadsTheSolutions() {
        String solutionsThatCannotBeRead =
                "<SolutionGroups><SolutionGroup Id=\"g\"><Solution Reference=\"Nowhere\"><Bogus/></Solution>"
                        + "</SolutionGroup></SolutionGroups>";
        String xml = archive(VALID_EVENT, "", solutionsThatCannotBeRead);

        assertThat(XhsttReader.readInstances(stream(xml)))
                .singleElement()
                .extracting(Instance::id)
                .isEqualTo("Tiny");
        assertThatThrownBy(() -> XhsttReader.readArchive(stream(xml)))
                .isInstanceOf(XhsttFormatException.class)
                .hasMessageContaining("phiên bản \"Nowhere\" không tồn tại");
    }

    @Test
    @DisplayName("Thực thể ngoài (XXE) không bao giờ được đọc: tệp bị từ chối")
    void refusesExternalEntities(@TempDir Path folder) throws IOException {
        Path secret = folder.resolve("secret.txt");
        Files.writeString(secret, "BI-MAT");
        String xml = "<?xml version=\"1.0\"?><!DOCTYPE HighSchoolTimetableArchive [<!ENTITY xxe SYSTEM \""
                + secret.toUri() + "\">]>"
                + archive(VALID_EVENT.replace("<Name>E1</Name>", "<Name>&xxe;</Name>"), "", "");

        assertThatThrownBy(() -> XhsttReader.readInstances(stream(xml)))
                .isInstanceOf(XhsttFormatException.class)
                .hasMessageStartingWith("Tệp XHSTT không được chứa DTD")
                .hasMessageNotContaining("BI-MAT");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "thiếu thẻ đóng"
                        + "|<Event Id=\"E1\"><Name>E1</Name><Duration>2</Duration>"
                        + "|Tệp XHSTT không phải là XML hợp lệ",
                "tài nguyên không tồn tại"
                        + "|<Event Id=\"E1\"><Duration>1</Duration><Resources><Resource Reference=\"T9\"/></Resources></Event>"
                        + "|Sự kiện \"E1\" tham chiếu tài nguyên \"T9\" không tồn tại (dòng 10)",
                "thời lượng không phải số"
                        + "|<Event Id=\"E1\"><Duration>hai</Duration></Event>"
                        + "|Thời lượng (<Duration>) của sự kiện \"E1\" phải là số nguyên, không phải \"hai\" (dòng 10)",
                "thời lượng âm"
                        + "|<Event Id=\"E1\"><Duration>-2</Duration></Event>"
                        + "|Thời lượng (<Duration>) của sự kiện \"E1\" phải lớn hơn 0, không phải -2 (dòng 10)",
                "phần tử lạ"
                        + "|<Event Id=\"E1\"><Duration>1</Duration><Colour>red</Colour></Event>"
                        + "|Phần tử <Colour> không được hỗ trợ trong sự kiện \"E1\" (dòng 10)",
                "Id trùng"
                        + "|<Event Id=\"E1\"><Duration>1</Duration></Event><Event Id=\"E1\"><Duration>1</Duration></Event>"
                        + "|Id \"E1\" của sự kiện bị khai báo hai lần (dòng 10)",
            })
    @DisplayName("Sự kiện sai bị từ chối với lý do, phần tử, Id và dòng")
    void rejectsABadEventWithAVietnameseMessage(String problem, String event, String message) {
        assertThatThrownBy(() -> XhsttReader.readInstances(stream(archive(event, "", ""))))
                .isInstanceOf(XhsttFormatException.class)
                .hasMessageContaining(message);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "loại ràng buộc lạ"
                        + "|<TeleportConstraint Id=\"X\"><Required>true</Required></TeleportConstraint>"
                        + "|Loại ràng buộc không xác định <TeleportConstraint> (dòng 12)",
                "tham chiếu nhóm thời gian không tồn tại"
                        + "|<AvoidUnavailableTimesConstraint Id=\"Busy\"><Required>true</Required><Weight>1</Weight>"
                        + "<CostFunction>Linear</CostFunction><AppliesTo><Resources><Resource Reference=\"T1\"/>"
                        + "</Resources></AppliesTo><TimeGroups><TimeGroup Reference=\"Sunday\"/></TimeGroups>"
                        + "</AvoidUnavailableTimesConstraint>"
                        + "|Ràng buộc \"Busy\" tham chiếu nhóm thời gian \"Sunday\" không tồn tại (dòng 12)",
                "hàm chi phí lạ"
                        + "|<AssignTimeConstraint Id=\"AT\"><Required>true</Required><Weight>1</Weight>"
                        + "<CostFunction>Cubic</CostFunction></AssignTimeConstraint>"
                        + "|Hàm chi phí \"Cubic\" của ràng buộc \"AT\" không phải Linear, Quadratic hay Step (dòng 12)",
                "thiếu tham số"
                        + "|<LimitBusyTimesConstraint Id=\"LB\"><Required>true</Required><Weight>1</Weight>"
                        + "<CostFunction>Linear</CostFunction><AppliesTo/><Maximum>3</Maximum>"
                        + "</LimitBusyTimesConstraint>"
                        + "|Ràng buộc \"LB\" thiếu <Minimum> (dòng 12)",
            })
    @DisplayName("Ràng buộc sai bị từ chối với lý do, Id và dòng")
    void rejectsABadConstraintWithAVietnameseMessage(String problem, String constraint, String message) {
        assertThatThrownBy(() -> XhsttReader.readInstances(stream(archive(VALID_EVENT, constraint, ""))))
                .isInstanceOf(XhsttFormatException.class)
                .hasMessageContaining(message);
    }

    @Test
    @DisplayName("Lời giải gán tài nguyên cho vai trò sự kiện không có thì bị từ chối")
    void rejectsASolutionResourceWithARoleTheEventLacks() {
        String solutions = "<SolutionGroups><SolutionGroup Id=\"g\"><MetaData><Contributor>c</Contributor>"
                + "<Date>d</Date><Description>d</Description></MetaData><Solution Reference=\"Tiny\"><Events>"
                + "<Event Reference=\"E1\"><Time Reference=\"Mo1\"/><Resources><Resource Reference=\"T1\">"
                + "<Role>Room</Role></Resource></Resources></Event></Events></Solution></SolutionGroup>"
                + "</SolutionGroups>";

        assertThatThrownBy(() -> XhsttReader.readArchive(stream(archive(VALID_EVENT, "", solutions))))
                .isInstanceOf(XhsttFormatException.class)
                .hasMessageContaining("Lời giải của sự kiện \"E1\" gán tài nguyên \"T1\" với vai trò \"Room\"");
    }
}
