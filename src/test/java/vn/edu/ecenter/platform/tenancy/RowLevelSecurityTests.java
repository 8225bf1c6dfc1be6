package vn.edu.ecenter.platform.tenancy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.edu.ecenter.support.EcenterTest;

/** Row-level security through the application's real connection path (ecenter_app, set per transaction). */
@EcenterTest
class RowLevelSecurityTests {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Tenancy tenancy;

    @Test
    void queryWithoutCentreFilterSeesOnlyTheCurrentCentre() {
        UUID centreA = newCentre();
        UUID centreB = newCentre();
        addSchoolYear(centreA, "2030-2031");
        addSchoolYear(centreB, "2031-2032");

        // This query "forgets" its centre_id filter on purpose.
        List<String> seenFromA = tenancy.inCentre(centreA, () -> jdbc.sql("SELECT name FROM centres.school_year")
                .query(String.class)
                .list());

        assertThat(seenFromA).containsExactly("2030-2031");
    }

    @Test
    void noCentreMeansNoRows() {
        UUID centre = newCentre();
        addSchoolYear(centre, "2032-2033");

        Integer visible = jdbc.sql("SELECT count(*) FROM centres.school_year")
                .query(Integer.class)
                .single();

        assertThat(visible).isZero();
    }

    @Test
    void cannotWriteIntoAnotherCentre() {
        UUID centreA = newCentre();
        UUID centreB = newCentre();

        var attempt = org.assertj.core.api.Assertions.catchThrowable(() -> tenancy.inCentre(centreA, () -> jdbc.sql(
                        "INSERT INTO centres.school_year (centre_id, id, name, starts_on, ends_on) VALUES (?, ?, ?, ?, ?)")
                .params(centreB, UUID.randomUUID(), "2033-2034", LocalDate.of(2033, 9, 5), LocalDate.of(2034, 5, 31))
                .update()));

        assertThat(attempt).rootCause().hasMessageContaining("row-level security");
    }

    @Test
    void everyCentreOwnedTableHasRowLevelSecurity() {
        List<String> unprotected =
                tenancy.asSystem(() -> jdbc.sql("""
                        SELECT c.table_schema || '.' || c.table_name
                        FROM information_schema.columns c
                        JOIN pg_class t ON t.relname = c.table_name
                        JOIN pg_namespace n ON n.oid = t.relnamespace AND n.nspname = c.table_schema
                        WHERE c.column_name = 'centre_id' AND t.relkind = 'r'
                          AND (NOT t.relrowsecurity OR NOT EXISTS (SELECT 1 FROM pg_policy p WHERE p.polrelid = t.oid))
                        """).query(String.class).list());

        assertThat(unprotected).isEmpty();
    }

    @Test
    void everyPolicyReadsTheCentreOncePerQuery() {
        // Called directly, platform.current_centre() runs for every row a policy filters; as a sub-select it is an
        // init plan, run once (migration V2026_11_30_699).
        List<String> perRow =
                tenancy.asSystem(() -> jdbc.sql("""
                        SELECT schemaname || '.' || tablename || ' ' || policyname FROM pg_policies
                        WHERE regexp_replace(coalesce(qual, '') || coalesce(with_check, ''),
                                             '\\(\\s*SELECT platform\\.(current_centre|system_scope)\\(\\) AS \\w+\\)', '', 'g')
                              ~ 'platform\\.(current_centre|system_scope)\\(\\)'
                        """).query(String.class).list());
        int policies = tenancy.asSystem(() -> jdbc.sql("SELECT count(*) FROM pg_policies")
                .query(Integer.class)
                .single());

        assertThat(policies).isGreaterThan(20);
        assertThat(perRow).isEmpty();
    }

    @Test
    void applicationRoleOwnsNoTable() {
        Integer owned = jdbc.sql("""
                        SELECT count(*) FROM pg_tables
                        WHERE tableowner = current_user AND schemaname NOT IN ('pg_catalog', 'information_schema')
                        """).query(Integer.class).single();
        String user = jdbc.sql("SELECT current_user").query(String.class).single();

        assertThat(user).isEqualTo("ecenter_app");
        assertThat(owned).isZero();
    }

    private UUID newCentre() {
        UUID id = UUID.randomUUID();
        String code = "T" + id.toString().substring(0, 8).toUpperCase();
        tenancy.asSystem(() -> {
            jdbc.sql("INSERT INTO centres.centre (id, code, name) VALUES (?, ?, ?)")
                    .params(id, code, "Trung tâm thử " + code)
                    .update();
        });
        return id;
    }

    private void addSchoolYear(UUID centre, String name) {
        tenancy.inCentre(centre, () -> {
            jdbc.sql("INSERT INTO centres.school_year (centre_id, id, name, starts_on, ends_on) VALUES (?, ?, ?, ?, ?)")
                    .params(centre, UUID.randomUUID(), name, LocalDate.of(2030, 9, 5), LocalDate.of(2031, 5, 31))
                    .update();
        });
    }
}
