package vn.edu.ecenter.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.edu.ecenter.EcenterApplication;
import vn.edu.ecenter.academics.Academics;
import vn.edu.ecenter.academics.LearningTopics;
import vn.edu.ecenter.assessment.OnlineTests;
import vn.edu.ecenter.assessment.QuestionBanks;
import vn.edu.ecenter.centres.Centres;
import vn.edu.ecenter.gradebook.RemarkLoading;
import vn.edu.ecenter.gradebook.ScoreLoading;
import vn.edu.ecenter.gradebook.attendance.Attendance;
import vn.edu.ecenter.identity.Identity;
import vn.edu.ecenter.people.People;
import vn.edu.ecenter.people.PeopleBulk;
import vn.edu.ecenter.platform.clock.BusinessClock;
import vn.edu.ecenter.platform.db.EmbeddedDatabase;
import vn.edu.ecenter.platform.tenancy.Tenancy;
import vn.edu.ecenter.support.TestDatabase;
import vn.edu.ecenter.timetable.TimetableSetups;
import vn.edu.ecenter.timetable.Timetables;

/**
 * Loading the demo centre survives a first start stopped midway. The application runs here on an empty scratch
 * database of the test server with the demo switched off, so that the loader can be run by hand: once failing in the
 * middle of the records (as a killed start would stop), then again. Counts are read with a superuser connection of
 * its own, which sees only what is committed.
 */
@DisplayName("Trung tâm mẫu: nạp dở dang (tắt giữa chừng) thì lần khởi động sau nạp lại đầy đủ")
class DemoLoadingTests {

    static ConfigurableApplicationContext application;
    static JdbcClient committed;

    @BeforeAll
    static void startOnAnEmptyDatabase() {
        TestDatabase.init();
        String database = TestDatabase.createScratchDatabase();
        application = new SpringApplicationBuilder(EcenterApplication.class)
                .run(
                        "--spring.profiles.active=test",
                        "--spring.datasource.url=" + TestDatabase.jdbcUrl(database),
                        "--spring.datasource.username=" + EmbeddedDatabase.OWNER_ROLE,
                        "--spring.datasource.password=",
                        "--ecenter.db.app-username=" + EmbeddedDatabase.APP_ROLE,
                        "--ecenter.db.app-password=",
                        "--ecenter.demo=false",
                        "--server.port=0");
        DataSource superuser = TestDatabase.superuser(database);
        committed = JdbcClient.create(superuser);
    }

    @AfterAll
    static void stop() {
        if (application != null) {
            application.close();
        }
    }

    private static <T> T bean(Class<T> type) {
        return application.getBean(type);
    }

    private static DemoCentre loader(Academics academics) {
        return new DemoCentre(
                bean(Centres.class),
                bean(Identity.class),
                bean(Tenancy.class),
                new DemoRecords(
                        academics,
                        bean(LearningTopics.class),
                        bean(People.class),
                        bean(PeopleBulk.class),
                        bean(Identity.class),
                        bean(Attendance.class),
                        bean(BusinessClock.class)),
                new DemoScores(academics, bean(ScoreLoading.class), bean(RemarkLoading.class)),
                new DemoTimetable(
                        bean(TimetableSetups.class), bean(Timetables.class), academics, bean(Identity.class), 1),
                new DemoAssessment(
                        bean(QuestionBanks.class), bean(OnlineTests.class), academics, bean(Identity.class)));
    }

    private static int count(String sql) {
        return committed.sql(sql).query(Integer.class).single();
    }

    private static final String DEMO_CLASS = "name ~ '^1[0-2]A([1-9]|10)$'"
            + " AND school_year_id IN (SELECT id FROM centres.school_year WHERE name = '2026-2027')";

    /** The demo centre's committed records: centre, accounts, classes, learners, enrolments, teachers, assignments. */
    private static int[] snapshot() {
        return new int[] {
            count("SELECT count(*) FROM centres.centre WHERE code = 'LQD'"),
            count("SELECT count(*) FROM identity.account WHERE username IN ('admin', 'giamdoc', 'gv.toan', '"
                    + DemoRecords.DEMO_LEARNER_CODE + "')"),
            count("SELECT count(*) FROM academics.school_class WHERE " + DEMO_CLASS),
            count("SELECT count(*) FROM people.learner WHERE code LIKE '7926%'"),
            count("SELECT count(*) FROM academics.enrolment WHERE status = 'ACTIVE'"),
            count("SELECT count(*) FROM people.staff_member WHERE code LIKE 'gv.%'"),
            count("SELECT count(DISTINCT class_id) FROM academics.teaching_assignment"),
            count("SELECT count(*) FROM timetable.version WHERE number = 1"),
            count("SELECT count(*) FROM timetable.fixed_activity"),
            count("SELECT count(*) FROM assessment.question_version WHERE review = 'APPROVED'"),
            count("SELECT count(*) FROM assessment.test WHERE graded")
        };
    }

    @Test
    @DisplayName(
            "Lỗi giữa lúc nạp không để lại gì; lần chạy sau nạp đủ 30 lớp 10A1–12A10, học viên, giáo viên, phân công")
    void aLoadStoppedMidwayLeavesNothingAndTheNextLoadsEverything() {
        Academics academics = bean(Academics.class);
        AtomicReference<int[]> seenWhenStopped = new AtomicReference<>();
        // Stops the load at its last step (teaching assignments), after classes, learners, enrolments and guardians
        // were written in its transaction; records what another connection sees at that moment, as after a kill.
        Academics stopsBeforeAssignments = (Academics) Proxy.newProxyInstance(
                Academics.class.getClassLoader(), new Class<?>[] {Academics.class}, (proxy, method, args) -> {
                    if (method.getName().equals("assignAll")) {
                        seenWhenStopped.set(snapshot());
                        throw new IllegalStateException("the first start was stopped here");
                    }
                    try {
                        return method.invoke(academics, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });

        Throwable stopped = catchThrowable(() -> loader(stopsBeforeAssignments).run(new DefaultApplicationArguments()));

        assertThat(stopped).hasMessageContaining("stopped here");
        assertThat(seenWhenStopped.get()).as("committed while loading").containsOnly(0);
        assertThat(snapshot()).as("committed after the failed load").containsOnly(0);

        loader(academics).run(new DefaultApplicationArguments());

        int[] loaded = snapshot();
        assertThat(loaded[0]).as("centre").isEqualTo(1);
        assertThat(loaded[1]).as("README accounts").isEqualTo(4);
        assertThat(loaded[2]).as("classes 10A1–12A10 of 2026-2027").isEqualTo(30);
        assertThat(loaded[3]).as("learners").isBetween(1_150, 1_300);
        assertThat(loaded[4]).as("active enrolments").isEqualTo(loaded[3]);
        assertThat(loaded[5]).as("teachers").isEqualTo(60);
        assertThat(loaded[6]).as("classes with teaching assignments").isEqualTo(30);
        assertThat(loaded[7]).as("TKB số 1 (solved by a job after the load)").isEqualTo(1);
        assertThat(loaded[8])
                .as("chào cờ (every session), sinh hoạt lớp (the last period of each of 3 sessions)")
                .isEqualTo(4);
        assertThat(loaded[9])
                .as("questions of gv.toan's bank, approved by the director")
                .isEqualTo(17);
        assertThat(loaded[10]).as("the graded test of 10A1").isEqualTo(1);

        loader(academics).run(new DefaultApplicationArguments());
        assertThat(snapshot()).as("a later start changes nothing").containsExactly(loaded);
    }
}
