package vn.edu.ecenter.centres.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import vn.edu.ecenter.centres.CentreView;
import vn.edu.ecenter.centres.Centres;
import vn.edu.ecenter.centres.CreateCentre;
import vn.edu.ecenter.centres.CreateSchoolYear;
import vn.edu.ecenter.centres.SchoolYearView;
import vn.edu.ecenter.centres.SemesterView;
import vn.edu.ecenter.platform.audit.AuditRecord;
import vn.edu.ecenter.platform.audit.AuditTrail;
import vn.edu.ecenter.platform.cache.ShortLivedCache;
import vn.edu.ecenter.platform.security.CurrentUser;
import vn.edu.ecenter.platform.tenancy.Tenancy;
import vn.edu.ecenter.platform.tenancy.TenantContext;
import vn.edu.ecenter.platform.web.Rejected;

@Service
class CentreService implements Centres {

    private static final String SYSTEM_ADMIN = "hasRole('SYSTEM_ADMIN')";

    /**
     * How long a node shows a centre or its current school year as it last read them. The layout and the home page
     * need both on every request; they change a few times a year. Changes made on this node show at once.
     */
    static final Duration SHOWN_FOR = Duration.ofSeconds(30);

    private final JdbcClient jdbc;
    private final Tenancy tenancy;
    private final AuditTrail audit;
    private final ShortLivedCache<UUID, Optional<CentreView>> centres = ShortLivedCache.keptFor(SHOWN_FOR);
    private final ShortLivedCache<UUID, Optional<SchoolYearView>> currentYears = ShortLivedCache.keptFor(SHOWN_FOR);

    CentreService(JdbcClient jdbc, Tenancy tenancy, AuditTrail audit) {
        this.jdbc = jdbc;
        this.tenancy = tenancy;
        this.audit = audit;
    }

    @Override
    @PreAuthorize(SYSTEM_ADMIN)
    public List<CentreView> allCentres() {
        return tenancy.asSystem(() -> jdbc.sql("SELECT * FROM centres.centre ORDER BY name")
                .query(CentreService::centre)
                .list());
    }

    @Override
    @PreAuthorize("hasRole('DIRECTOR')")
    public List<CentreView> otherCentres() {
        UUID own = CurrentUser.centre().orElseThrow(() -> new AccessDeniedException("no centre"));
        return tenancy.asSystem(() -> jdbc.sql("SELECT * FROM centres.centre WHERE active AND id <> ? ORDER BY name")
                .param(own)
                .query(CentreService::centre)
                .list());
    }

    @Override
    public Optional<CentreView> centre(UUID id) {
        return centres.get(
                        id,
                        key -> tenancy.asSystem(() -> jdbc.sql("SELECT * FROM centres.centre WHERE id = ?")
                                .param(key)
                                .query(CentreService::centre)
                                .optional()))
                .filter(centre -> mayView(centre.id()));
    }

    private static boolean mayView(UUID centreId) {
        return CurrentUser.isSystemAdmin()
                || CurrentUser.centre().filter(centreId::equals).isPresent();
    }

    @Override
    @PreAuthorize(SYSTEM_ADMIN)
    public CentreView createCentre(CreateCentre command) {
        UUID id = UUID.randomUUID();
        try {
            tenancy.asSystem(() -> {
                jdbc.sql("INSERT INTO centres.centre (id, code, name, address, phone, email) VALUES (?, ?, ?, ?, ?, ?)")
                        .params(
                                id,
                                command.code(),
                                command.name().strip(),
                                blankToNull(command.address()),
                                blankToNull(command.phone()),
                                blankToNull(command.email()))
                        .update();
            });
        } catch (DuplicateKeyException e) {
            throw Rejected.conflict("centres.code.taken", command.code());
        }
        centres.forget(id);
        audit.recordIn(
                id, AuditRecord.of("centre.created", "centre", id.toString()).values(null, command));
        return centre(id).orElseThrow();
    }

    @Override
    public Optional<SchoolYearView> currentSchoolYear() {
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            // The caller's transaction, in its tenant scope, possibly with its own changes not yet committed.
            return loadCurrentSchoolYear();
        }
        // The signed-in user's centre; by row-level security a user outside any centre sees no school year.
        return TenantContext.current()
                .centre()
                .flatMap(centre -> currentYears.get(centre, key -> tenancy.inCentre(key, this::loadCurrentSchoolYear)));
    }

    private Optional<SchoolYearView> loadCurrentSchoolYear() {
        return jdbc.sql("SELECT * FROM centres.school_year WHERE current ORDER BY starts_on DESC LIMIT 1")
                .query((rs, n) -> schoolYear(rs))
                .optional();
    }

    @Override
    @Transactional(readOnly = true)
    public List<SchoolYearView> schoolYears() {
        return jdbc.sql("SELECT * FROM centres.school_year ORDER BY starts_on DESC")
                .query((rs, n) -> schoolYear(rs))
                .list();
    }

    @Override
    @Transactional
    @PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'DIRECTOR')")
    public SchoolYearView addSchoolYear(CreateSchoolYear command) {
        UUID id = UUID.randomUUID();
        TenantContext.current().centre().ifPresent(currentYears::forget);
        if (command.current()) {
            jdbc.sql("UPDATE centres.school_year SET current = false WHERE current")
                    .update();
        }
        try {
            jdbc.sql("""
                    INSERT INTO centres.school_year (centre_id, id, name, starts_on, ends_on, current)
                    VALUES (platform.current_centre(), ?, ?, ?, ?, ?)
                    """)
                    .params(id, command.name(), command.startsOn(), command.endsOn(), command.current())
                    .update();
        } catch (DuplicateKeyException e) {
            throw Rejected.conflict("centres.schoolYear.taken", command.name());
        }
        for (SemesterView semester : command.semesters()) {
            jdbc.sql("""
                    INSERT INTO centres.semester (centre_id, id, school_year_id, number, starts_on, ends_on, teaching_weeks)
                    VALUES (platform.current_centre(), ?, ?, ?, ?, ?, ?)
                    """)
                    .params(
                            UUID.randomUUID(),
                            id,
                            semester.number(),
                            semester.startsOn(),
                            semester.endsOn(),
                            semester.teachingWeeks())
                    .update();
        }
        audit.record(AuditRecord.of("schoolYear.created", "school_year", id.toString())
                .values(null, command));
        return jdbc.sql("SELECT * FROM centres.school_year WHERE id = ?")
                .param(id)
                .query((rs, n) -> schoolYear(rs))
                .single();
    }

    private SchoolYearView schoolYear(ResultSet rs) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        List<SemesterView> semesters = jdbc.sql(
                        "SELECT * FROM centres.semester WHERE school_year_id = ? ORDER BY number")
                .param(id)
                .query((row, n) -> new SemesterView(
                        row.getInt("number"),
                        row.getDate("starts_on").toLocalDate(),
                        row.getDate("ends_on").toLocalDate(),
                        row.getInt("teaching_weeks")))
                .list();
        return new SchoolYearView(
                id,
                rs.getString("name"),
                rs.getDate("starts_on").toLocalDate(),
                rs.getDate("ends_on").toLocalDate(),
                rs.getBoolean("current"),
                semesters);
    }

    private static CentreView centre(ResultSet rs, int row) throws SQLException {
        return new CentreView(
                rs.getObject("id", UUID.class),
                rs.getString("code"),
                rs.getString("name"),
                rs.getString("address"),
                rs.getString("phone"),
                rs.getString("email"),
                rs.getBoolean("active"));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
