package vn.edu.ecenter.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import vn.edu.ecenter.platform.tenancy.Tenancy;
import vn.edu.ecenter.shared.PersonName;
import vn.edu.ecenter.support.Browser;
import vn.edu.ecenter.support.EcenterTest;
import vn.edu.ecenter.support.Page;
import vn.edu.ecenter.support.TestAccounts;

/** The demo centre as a visitor of the demo finds it: classes, learners, teachers and the accounts of the README. */
@EcenterTest
@DisplayName("Trung tâm mẫu: lớp, học viên, giáo viên và tài khoản mẫu")
class DemoRecordsTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Tenancy tenancy;

    @Autowired
    TestAccounts accounts;

    /** The demo's classes of its year (other tests open classes of their own, in that year and others). */
    private static final String DEMO_CLASS = "name ~ '^1[0-2]A([1-9]|10)$'"
            + " AND school_year_id = (SELECT id FROM centres.school_year WHERE name = '2026-2027')";

    /** The demo's teachers: gv.<subject> and gv.<subject>2, 3 … */
    private static final String DEMO_TEACHER = "code ~ '^gv[.](van|toan|su|dia|ktpl|ly|hoa|sinh|cn|tin|anh)[0-9]?$'";

    private int count(String sql) {
        return tenancy.inCentre(
                accounts.demoCentre(), () -> jdbc.sql(sql).query(Integer.class).single());
    }

    @Test
    @DisplayName("30 lớp khối 10–12, khoảng 1.200 học viên, khoảng 60 giáo viên, lớp nào cũng được phân công đủ môn")
    void hasAWholeCentre() {
        assertThat(count("SELECT count(*) FROM academics.school_class WHERE " + DEMO_CLASS))
                .isEqualTo(30);
        assertThat(count("SELECT count(DISTINCT grade) FROM academics.school_class WHERE " + DEMO_CLASS))
                .isEqualTo(3);
        assertThat(count("SELECT count(*) FROM people.learner WHERE code LIKE '7926%'"))
                .isBetween(1_150, 1_300);
        assertThat(count("SELECT count(*) FROM people.staff_member WHERE " + DEMO_TEACHER))
                .isEqualTo(60);
        assertThat(count("SELECT count(*) FROM people.guardian WHERE phone LIKE '0901%'"))
                .isGreaterThan(800);
        assertThat(count("""
                        SELECT count(*) FROM academics.school_class c
                        WHERE %s
                          AND (SELECT count(*) FROM academics.teaching_assignment a WHERE a.class_id = c.id) < 8
                        """.formatted(DEMO_CLASS)))
                .as("classes with fewer than 8 assigned subjects")
                .isZero();
    }

    @Test
    @DisplayName("Học viên có tên thật: họ Nguyễn nhiều nhất, nhiều bạn trùng tên")
    void learnersHaveRealisticNames() {
        List<String> families = tenancy.inCentre(
                accounts.demoCentre(), () -> jdbc.sql("""
                        SELECT family_name FROM people.learner GROUP BY family_name ORDER BY count(*) DESC
                        """).query(String.class).list());
        assertThat(families.getFirst()).isEqualTo("Nguyễn");
        assertThat(families).contains("Trần", "Lê", "Huỳnh", "Võ", "Đặng");
        int sharedGivenNames = count("""
                SELECT count(*) FROM (SELECT given_name FROM people.learner GROUP BY given_name HAVING count(*) > 5) g
                """);
        assertThat(sharedGivenNames).isGreaterThan(10);
    }

    @Test
    @DisplayName("Lớp 10A1: 45 học viên theo thứ tự tên – đệm – họ, GVCN gv.toan, mỗi môn một giáo viên gv.<môn>")
    void class10A1AsTheReadmeDescribesIt() {
        Browser client = Browser.at(port);
        String token = token(client, "gv.toan");
        JsonNode classes = client.getJson("/api/v1/classes", "Authorization", "Bearer " + token)
                .json();
        JsonNode first = null;
        for (JsonNode node : classes) {
            if (node.get("name").asString().equals("10A1")) {
                first = node;
            }
        }
        assertThat(first).isNotNull();
        assertThat(first.get("homeroomTeacher").asString()).isEqualTo("gv.toan");
        String id = first.get("id").asString();

        Page learners = client.getJson("/api/v1/classes/" + id + "/learners", "Authorization", "Bearer " + token);
        assertThat(learners.status()).isEqualTo(200);
        List<PersonName> names = new ArrayList<>();
        learners.json()
                .forEach(node -> names.add(new PersonName(
                        node.get("familyName").asString(),
                        node.get("middleName").asString(),
                        node.get("givenName").asString(),
                        node.get("fullName").asString())));
        assertThat(names).hasSize(45).isSortedAccordingTo(PersonName.CLASS_LIST_ORDER);

        Page assignments = client.getJson("/api/v1/classes/" + id + "/assignments", "Authorization", "Bearer " + token);
        Set<String> teachers = new HashSet<>();
        Map<String, String> bySubject = new java.util.HashMap<>();
        assignments.json().forEach(node -> {
            teachers.add(node.get("teacher").asString());
            bySubject.put(
                    node.get("subjectCode").asString(), node.get("teacher").asString());
        });
        assertThat(bySubject).containsAllEntriesOf(Map.of("VAN", "gv.van", "TOAN", "gv.toan", "SU", "gv.su"));
        assertThat(bySubject).allSatisfy((subject, teacher) -> assertThat(teacher)
                .isEqualTo(DemoRecords.SUBJECT_TEACHERS.get(subject)));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "gv.van",
                "gv.toan",
                "gv.su",
                "gv.dia",
                "gv.ktpl",
                "gv.ly",
                "gv.hoa",
                "gv.sinh",
                "gv.cn",
                "gv.tin",
                "gv.anh",
                DemoRecords.DEMO_LEARNER_CODE,
                DemoRecords.DEMO_GUARDIAN_PHONE
            })
    @DisplayName("Tài khoản mẫu trong README đăng nhập được bằng mật khẩu mẫu")
    void readmeAccountsSignIn(String username) {
        assertThat(token(Browser.at(port), username)).isNotBlank();
    }

    @Test
    @DisplayName(
            "Mọi học viên mẫu đăng nhập bằng mã học sinh và mật khẩu mẫu; tài khoản phụ huynh khác thì chưa có mật khẩu")
    void everyDemoLearnerSignsInWithTheDemoPassword() {
        List<String> codes = tenancy.inCentre(accounts.demoCentre(), () -> jdbc.sql(
                        "SELECT code FROM people.learner WHERE account_id IS NOT NULL AND code LIKE '7926%' ORDER BY code")
                .query(String.class)
                .list());
        String otherGuardian = tenancy.inCentre(accounts.demoCentre(), () -> jdbc.sql(
                        "SELECT phone FROM people.guardian WHERE account_id IS NOT NULL AND phone <> ? LIMIT 1")
                .param(DemoRecords.DEMO_GUARDIAN_PHONE)
                .query(String.class)
                .single());
        assertThat(codes).hasSizeGreaterThan(1000);
        for (String code : List.of(codes.get(1), codes.get(codes.size() / 2), codes.getLast())) {
            assertThat(token(Browser.at(port), code)).isNotBlank();
        }
        Page guardian = Browser.at(port)
                .postJson(
                        "/api/v1/auth/token",
                        "{\"username\": \"" + otherGuardian + "\", \"password\": \"" + TestAccounts.DEMO_PASSWORD
                                + "\"}");
        assertThat(guardian.status()).isEqualTo(401);
    }

    @Test
    @DisplayName("Phụ huynh mẫu là phụ huynh của học viên mẫu lớp 10A1")
    void demoGuardianIsTheParentOfTheDemoLearner() {
        List<String> children = tenancy.inCentre(accounts.demoCentre(), () -> jdbc.sql("""
                        SELECT l.code FROM people.learner l
                        JOIN people.learner_guardian lg ON lg.learner_id = l.id
                        JOIN people.guardian g ON g.id = lg.guardian_id
                        WHERE g.phone = ?
                        """)
                .param(DemoRecords.DEMO_GUARDIAN_PHONE)
                .query(String.class)
                .list());
        assertThat(children).containsExactly(DemoRecords.DEMO_LEARNER_CODE);
    }

    private static String token(Browser client, String username) {
        Page page = client.postJson(
                "/api/v1/auth/token",
                "{\"username\": \"" + username + "\", \"password\": \"" + TestAccounts.DEMO_PASSWORD + "\"}");
        assertThat(page.status()).as("sign-in of " + username).isEqualTo(200);
        return page.json().get("access_token").asString();
    }
}
