package vn.edu.ecenter.people.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Period;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.edu.ecenter.identity.Identity;
import vn.edu.ecenter.people.AccessLogEntry;
import vn.edu.ecenter.people.ConsentRule;
import vn.edu.ecenter.people.ConsentView;
import vn.edu.ecenter.people.LearnerView;
import vn.edu.ecenter.people.NewSubjectRequest;
import vn.edu.ecenter.people.People;
import vn.edu.ecenter.people.PersonalData;
import vn.edu.ecenter.people.RecordConsent;
import vn.edu.ecenter.people.SubjectRequestView;
import vn.edu.ecenter.platform.audit.AuditRecord;
import vn.edu.ecenter.platform.audit.AuditTrail;
import vn.edu.ecenter.platform.clock.BusinessClock;
import vn.edu.ecenter.platform.files.FileStore;
import vn.edu.ecenter.platform.files.FileType;
import vn.edu.ecenter.platform.web.Rejected;

@Service
class PersonalDataService implements PersonalData {

    /** Law 91/2025: withdrawal of consent, restriction and objection have the shorter time limit. */
    private static final Set<String> SHORT_LIMIT = Set.of("WITHDRAW_CONSENT", "RESTRICT", "OBJECT");

    private static final Set<String> KINDS =
            Set.of("ACCESS", "RECTIFY", "DEIDENTIFY", "WITHDRAW_CONSENT", "RESTRICT", "OBJECT");
    private static final Set<String> METHODS = Set.of("PAPER", "ONLINE", "IN_PERSON");

    /** Encrypted ID images are kept as base64 text, since the file store accepts only content it recognises. */
    private static final String ENCRYPTED_SUFFIX = ".cccd.enc.txt";

    private final JdbcClient jdbc;
    private final People people;
    private final PersonalDataCipher cipher;
    private final PeopleProperties properties;
    private final AccessLog accessLog;
    private final AuditTrail audit;
    private final BusinessClock clock;
    private final FileStore files;
    private final Identity identity;

    PersonalDataService(
            JdbcClient jdbc,
            People people,
            PersonalDataCipher cipher,
            PeopleProperties properties,
            AccessLog accessLog,
            AuditTrail audit,
            BusinessClock clock,
            FileStore files,
            Identity identity) {
        this.jdbc = jdbc;
        this.people = people;
        this.cipher = cipher;
        this.properties = properties;
        this.accessLog = accessLog;
        this.audit = audit;
        this.clock = clock;
        this.files = files;
        this.identity = identity;
    }

    // ---------------------------------------------------------------- consent

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize(Roles.RECORDS)
    public ConsentRule consentRule(UUID learnerId) {
        return rule(birthDate(learnerId), clock.today());
    }

    /**
     * Law 91/2025 (children's data need the legal representative's consent); FROM MEMORY, inherited from NĐ 13/2023:
     * children are under 16 ({@code ecenter.people.consent-age}), and from 7 they also consent themselves.
     */
    ConsentRule rule(LocalDate birthDate, LocalDate on) {
        return rule(birthDate, on, properties.consentAge());
    }

    static ConsentRule rule(LocalDate birthDate, LocalDate on, int consentAge) {
        int age = Period.between(birthDate, on).getYears();
        boolean child = age < consentAge;
        return new ConsentRule(age, child, !child || age >= 7);
    }

    @Override
    @Transactional
    @PreAuthorize(Roles.RECORDS)
    public ConsentView recordConsent(UUID learnerId, RecordConsent consent) {
        if (consent.purpose() == null || consent.purpose().isBlank()) {
            throw new Rejected("people.consent.purposeRequired");
        }
        if (!METHODS.contains(consent.method())) {
            throw new Rejected("people.consent.methodRequired");
        }
        if (consent.givenOn() == null || consent.givenOn().isAfter(clock.today())) {
            throw new Rejected("people.consent.dateInvalid");
        }
        LocalDate birthDate = birthDate(learnerId);
        ConsentRule rule = rule(birthDate, consent.givenOn());
        String givenByName;
        if (consent.guardianId() == null) {
            if (rule.guardianRequired()) {
                throw new Rejected("people.consent.guardianRequired", rule.age(), properties.consentAge());
            }
            givenByName = jdbc.sql("SELECT full_name FROM people.learner WHERE id = ?")
                    .param(learnerId)
                    .query(String.class)
                    .single();
        } else {
            givenByName = jdbc.sql("""
                    SELECT g.full_name FROM people.learner_guardian lg
                    JOIN people.guardian g ON g.centre_id = lg.centre_id AND g.id = lg.guardian_id
                    WHERE lg.learner_id = ? AND lg.guardian_id = ?
                    """)
                    .params(learnerId, consent.guardianId())
                    .query(String.class)
                    .optional()
                    .orElseThrow(() -> new Rejected("people.consent.notGuardian"));
        }
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO people.consent (centre_id, id, learner_id, purpose, given_by, guardian_id, given_by_name,
                    method, evidence, given_on, recorded_by)
                VALUES (platform.current_centre(), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
                .params(
                        id,
                        learnerId,
                        consent.purpose().strip(),
                        consent.guardianId() == null ? "LEARNER" : "GUARDIAN",
                        consent.guardianId(),
                        givenByName,
                        consent.method(),
                        Checks.blankToNull(consent.evidence()),
                        consent.givenOn(),
                        Roles.actor())
                .update();
        audit.record(AuditRecord.of("consent.recorded", "learner", learnerId.toString())
                .values(
                        null,
                        Map.of(
                                "consent",
                                id.toString(),
                                "purpose",
                                consent.purpose().strip())));
        return consent(id);
    }

    @Override
    @Transactional
    @PreAuthorize(Roles.RECORDS)
    public ConsentView withdrawConsent(UUID learnerId, UUID consentId, LocalDate on, String note) {
        int updated = jdbc.sql("""
                UPDATE people.consent SET withdrawn_on = ?, withdrawn_note = ?, withdrawn_by = ?
                WHERE id = ? AND learner_id = ? AND withdrawn_on IS NULL
                """)
                .params(on, Checks.blankToNull(note), Roles.actor(), consentId, learnerId)
                .update();
        if (updated == 0) {
            throw Rejected.notFound("people.consent.notFound");
        }
        audit.record(AuditRecord.of("consent.withdrawn", "learner", learnerId.toString())
                .values(null, Map.of("consent", consentId.toString())));
        return consent(consentId);
    }

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize(Roles.RECORDS)
    public List<ConsentView> consentsOf(UUID learnerId) {
        return jdbc.sql("SELECT * FROM people.consent WHERE learner_id = ? ORDER BY given_on DESC, recorded_at DESC")
                .param(learnerId)
                .query((rs, n) -> consentView(rs))
                .list();
    }

    private ConsentView consent(UUID id) {
        return jdbc.sql("SELECT * FROM people.consent WHERE id = ?")
                .param(id)
                .query((rs, n) -> consentView(rs))
                .single();
    }

    private static ConsentView consentView(ResultSet rs) throws SQLException {
        var withdrawn = rs.getDate("withdrawn_on");
        return new ConsentView(
                rs.getObject("id", UUID.class),
                rs.getString("purpose"),
                rs.getString("given_by"),
                rs.getString("given_by_name"),
                rs.getString("method"),
                rs.getString("evidence"),
                rs.getDate("given_on").toLocalDate(),
                rs.getString("recorded_by"),
                withdrawn == null ? null : withdrawn.toLocalDate(),
                rs.getString("withdrawn_note"));
    }

    // ---------------------------------------------------------------- ID image

    @Override
    @Transactional
    @PreAuthorize(Roles.RECORDS)
    public void storeIdImage(UUID learnerId, byte[] content, String originalName) {
        birthDate(learnerId);
        if (!isImage(content)) {
            throw new Rejected("people.idImage.type", originalName);
        }
        // NĐ 356/2025: images of the citizen card are sensitive data; they are encrypted before they reach the store.
        byte[] sealed = Base64.getMimeEncoder().encode(cipher.encrypt(content));
        var stored = files.store(sealed, learnerId + ENCRYPTED_SUFFIX, Set.of(FileType.TEXT));
        jdbc.sql("UPDATE people.learner SET id_image_file = ?, updated_at = now() WHERE id = ?")
                .params(stored.sha256(), learnerId)
                .update();
        audit.record(AuditRecord.of("learner.idImageStored", "learner", learnerId.toString()));
    }

    private static boolean isImage(byte[] content) {
        boolean png = content.length > 8 && (content[0] & 0xFF) == 0x89 && content[1] == 'P' && content[2] == 'N';
        boolean jpeg = content.length > 3
                && (content[0] & 0xFF) == 0xFF
                && (content[1] & 0xFF) == 0xD8
                && (content[2] & 0xFF) == 0xFF;
        return png || jpeg;
    }

    @Override
    @Transactional
    @PreAuthorize(Roles.RECORDS)
    public Optional<byte[]> openIdImage(UUID learnerId, String purpose) {
        if (purpose == null || purpose.isBlank()) {
            throw new Rejected("people.reveal.purposeRequired");
        }
        Optional<String> key = jdbc.sql(
                        "SELECT id_image_file FROM people.learner WHERE id = ? AND id_image_file IS NOT NULL")
                .param(learnerId)
                .query(String.class)
                .optional();
        if (key.isEmpty()) {
            return Optional.empty();
        }
        accessLog.record(learnerId, AccessLog.Action.ID_IMAGE, purpose.strip());
        try (InputStream in = files.open(key.get())) {
            String base64 = new String(in.readAllBytes(), StandardCharsets.US_ASCII);
            return Optional.of(cipher.decrypt(Base64.getMimeDecoder().decode(base64)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---------------------------------------------------------------- access log

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize(Roles.DIRECTOR)
    public List<AccessLogEntry> accessLog(Optional<UUID> learnerId, int limit) {
        String where = learnerId.isPresent() ? " WHERE a.learner_id = ?" : "";
        var query =
                jdbc.sql("""
                SELECT a.*, l.code, l.full_name FROM people.access_log a
                JOIN people.learner l ON l.centre_id = a.centre_id AND l.id = a.learner_id
                """ + where + " ORDER BY a.at DESC, a.id DESC LIMIT " + Math.max(1, Math.min(limit, 5000)));
        if (learnerId.isPresent()) {
            query = query.param(learnerId.get());
        }
        return query.query((rs, n) -> new AccessLogEntry(
                        rs.getTimestamp("at")
                                .toInstant()
                                .atZone(BusinessClock.ZONE)
                                .toLocalDateTime(),
                        rs.getString("actor"),
                        rs.getString("action"),
                        rs.getObject("learner_id", UUID.class),
                        rs.getString("code"),
                        rs.getString("full_name"),
                        rs.getString("purpose")))
                .list();
    }

    // ---------------------------------------------------------------- data-subject requests

    @Override
    @Transactional
    @PreAuthorize(Roles.RECORDS)
    public SubjectRequestView receiveRequest(UUID learnerId, NewSubjectRequest request) {
        birthDate(learnerId);
        if (!KINDS.contains(request.kind())) {
            throw new Rejected("people.request.kindRequired");
        }
        if (request.requestedBy() == null || request.requestedBy().isBlank()) {
            throw new Rejected("people.request.requestedByRequired");
        }
        LocalDate received = request.receivedOn() == null ? clock.today() : request.receivedOn();
        if (received.isAfter(clock.today())) {
            throw new Rejected("people.request.dateInvalid");
        }
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO people.subject_request (centre_id, id, learner_id, kind, requested_by, details, received_on,
                    acknowledge_by, due_on, recorded_by)
                VALUES (platform.current_centre(), ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
                .params(
                        id,
                        learnerId,
                        request.kind(),
                        request.requestedBy().strip(),
                        Checks.blankToNull(request.details()),
                        received,
                        acknowledgeBy(received),
                        dueOn(request.kind(), received),
                        Roles.actor())
                .update();
        audit.record(AuditRecord.of("subjectRequest.received", "learner", learnerId.toString())
                .values(null, Map.of("request", id.toString(), "kind", request.kind())));
        return request(id).orElseThrow();
    }

    /**
     * NĐ 356/2025: acknowledge within 2 working days (Saturdays and Sundays skipped; public holidays are not known
     * here, so the date may be a day early — the safe side).
     */
    LocalDate acknowledgeBy(LocalDate received) {
        return acknowledgeBy(received, properties.requests().acknowledgeWorkingDays());
    }

    static LocalDate acknowledgeBy(LocalDate received, int workingDays) {
        LocalDate date = received;
        int left = workingDays;
        while (left > 0) {
            date = date.plusDays(1);
            if (date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY) {
                left--;
            }
        }
        return date;
    }

    /** Law 91/2025: 15 days for withdrawal, restriction, objection; 10–20 days for the rest (20 by default). */
    LocalDate dueOn(String kind, LocalDate received) {
        var limits = properties.requests();
        return received.plusDays(SHORT_LIMIT.contains(kind) ? limits.withdrawalDays() : limits.otherDays());
    }

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize(Roles.RECORDS)
    public List<SubjectRequestView> requests() {
        return jdbc.sql(REQUEST_SELECT
                        + " ORDER BY (r.status IN ('RECEIVED', 'ACKNOWLEDGED')) DESC, r.due_on, r.created_at")
                .query((rs, n) -> requestView(rs))
                .list();
    }

    private static final String REQUEST_SELECT = """
            SELECT r.*, l.code, l.full_name FROM people.subject_request r
            JOIN people.learner l ON l.centre_id = r.centre_id AND l.id = r.learner_id
            """;

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize(Roles.RECORDS)
    public Optional<SubjectRequestView> request(UUID requestId) {
        return jdbc.sql(REQUEST_SELECT + " WHERE r.id = ?")
                .param(requestId)
                .query((rs, n) -> requestView(rs))
                .optional();
    }

    @Override
    @Transactional
    @PreAuthorize(Roles.RECORDS)
    public SubjectRequestView acknowledgeRequest(UUID requestId) {
        int updated = jdbc.sql("""
                UPDATE people.subject_request SET status = 'ACKNOWLEDGED', acknowledged_on = ?
                WHERE id = ? AND status = 'RECEIVED'
                """).params(clock.today(), requestId).update();
        if (updated == 0) {
            throw Rejected.conflict("people.request.notOpen");
        }
        audit.record(AuditRecord.of("subjectRequest.acknowledged", "subject_request", requestId.toString()));
        return request(requestId).orElseThrow();
    }

    @Override
    @Transactional
    @PreAuthorize(Roles.RECORDS)
    public SubjectRequestView completeRequest(UUID requestId, boolean refused, String outcome) {
        if (outcome == null || outcome.isBlank()) {
            throw new Rejected("people.request.outcomeRequired");
        }
        int updated = jdbc.sql("""
                UPDATE people.subject_request SET status = ?, completed_on = ?, outcome = ?,
                    acknowledged_on = coalesce(acknowledged_on, ?)
                WHERE id = ? AND status IN ('RECEIVED', 'ACKNOWLEDGED')
                """)
                .params(refused ? "REFUSED" : "COMPLETED", clock.today(), outcome.strip(), clock.today(), requestId)
                .update();
        if (updated == 0) {
            throw Rejected.conflict("people.request.notOpen");
        }
        audit.record(AuditRecord.of("subjectRequest.completed", "subject_request", requestId.toString())
                .values(null, Map.of("refused", refused))
                .because(outcome.strip()));
        return request(requestId).orElseThrow();
    }

    private static SubjectRequestView requestView(ResultSet rs) throws SQLException {
        return new SubjectRequestView(
                rs.getObject("id", UUID.class),
                rs.getObject("learner_id", UUID.class),
                rs.getString("code"),
                rs.getString("full_name"),
                rs.getString("kind"),
                rs.getString("requested_by"),
                rs.getString("details"),
                rs.getDate("received_on").toLocalDate(),
                rs.getDate("acknowledge_by").toLocalDate(),
                rs.getDate("due_on").toLocalDate(),
                date(rs, "acknowledged_on"),
                date(rs, "completed_on"),
                rs.getString("outcome"),
                rs.getString("status"));
    }

    private static @Nullable LocalDate date(ResultSet rs, String column) throws SQLException {
        var value = rs.getDate(column);
        return value == null ? null : value.toLocalDate();
    }

    // ---------------------------------------------------------------- export and de-identification

    @Override
    @Transactional
    @PreAuthorize(Roles.RECORDS)
    public Map<String, Object> exportLearner(UUID learnerId) {
        LearnerView view =
                people.openLearner(learnerId).orElseThrow(() -> Rejected.notFound("people.learner.notFound"));
        Map<String, Object> profile = new LinkedHashMap<>();
        var details = view.details();
        profile.put("id", view.id().toString());
        profile.put("code", details.code());
        profile.put("familyName", details.name().family());
        profile.put("middleName", details.name().middle());
        profile.put("givenName", details.name().given());
        profile.put("fullName", details.name().fullName());
        profile.put("birthDate", details.birthDate().toString());
        profile.put("sex", details.sex().name());
        profile.put("ethnicity", details.ethnicity());
        profile.put("religion", details.religion());
        profile.put("nationality", details.nationality());
        profile.put("birthPlace", details.birthPlace());
        profile.put("homeTown", details.homeTown());
        profile.put(
                "citizenId",
                people.revealCitizenId(learnerId, "Yêu cầu truy cập dữ liệu cá nhân")
                        .orElse(null));
        profile.put("street", details.address().street());
        profile.put("ward", details.address().ward());
        profile.put("province", details.address().province());
        profile.put("oldAddress", details.address().oldAddress());
        profile.put("phone", details.phone());
        profile.put("email", details.email());
        profile.put("policyGroup", details.policyGroup());
        profile.put("disability", details.disability());
        profile.put("username", view.username());
        profile.put("hasPhoto", view.hasPhoto());
        profile.put("deidentified", view.deidentified());

        Map<String, Object> export = new LinkedHashMap<>();
        export.put("exportedAt", clock.now().toString());
        export.put("learner", profile);
        export.put(
                "guardians",
                people.guardiansOf(learnerId).stream()
                        .map(g -> {
                            Map<String, Object> row = new LinkedHashMap<>();
                            row.put("fullName", g.name().fullName());
                            row.put("relation", g.relation().name());
                            row.put("phone", g.phone());
                            row.put("email", g.email());
                            row.put("username", g.username());
                            return row;
                        })
                        .toList());
        export.put("consents", consentsOf(learnerId));
        export.put(
                "requests",
                requests().stream().filter(r -> r.learnerId().equals(learnerId)).toList());
        export.put(
                "accessLog",
                jdbc.sql(
                                "SELECT at, actor, action, purpose FROM people.access_log WHERE learner_id = ? ORDER BY at DESC")
                        .param(learnerId)
                        .query((rs, n) -> {
                            Map<String, Object> row = new LinkedHashMap<>();
                            row.put("at", rs.getTimestamp("at").toInstant().toString());
                            row.put("actor", rs.getString("actor"));
                            row.put("action", rs.getString("action"));
                            row.put("purpose", rs.getString("purpose"));
                            return row;
                        })
                        .list());
        accessLog.record(learnerId, AccessLog.Action.EXPORT, "Yêu cầu truy cập dữ liệu cá nhân");
        audit.record(AuditRecord.of("learner.exported", "learner", learnerId.toString()));
        return export;
    }

    @Override
    @Transactional
    @PreAuthorize(Roles.DIRECTOR)
    public void deidentifyLearner(UUID learnerId, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new Rejected("people.deidentify.reasonRequired");
        }
        var row = jdbc.sql("SELECT code, account_id, deidentified_at FROM people.learner WHERE id = ?")
                .param(learnerId)
                .query((rs, n) -> new Object[] {
                    rs.getString("code"), rs.getObject("account_id", UUID.class), rs.getTimestamp("deidentified_at")
                })
                .optional()
                .orElseThrow(() -> Rejected.notFound("people.learner.notFound"));
        if (row[2] != null) {
            throw Rejected.conflict("people.learner.deidentified");
        }
        // Law 91/2025 allows de-identification instead of deletion where other law keeps the record (TT 27/2016
        // archiving of học bạ and registers): the row stays with its id and code, its personal fields do not.
        String placeholder = "Đã khử nhận dạng";
        jdbc.sql("""
                UPDATE people.learner SET family_name = '—', middle_name = '', given_name = ?, full_name = ?,
                    search_key = '', birth_date = make_date(extract(year FROM birth_date)::int, 1, 1),
                    ethnicity = NULL, religion = NULL, birth_place = NULL, home_town = NULL,
                    citizen_id_cipher = NULL, citizen_id_digest = NULL, street = NULL, ward = NULL, province = NULL,
                    old_address = NULL, phone = NULL, email = NULL, policy_group = NULL, disability = NULL,
                    photo_file = NULL, id_image_file = NULL, deidentified_at = now(), updated_at = now(),
                    version = version + 1
                WHERE id = ?
                """).params(placeholder, "— " + placeholder, learnerId).update();
        jdbc.sql("DELETE FROM people.learner_guardian WHERE learner_id = ?")
                .param(learnerId)
                .update();
        if (row[1] != null) {
            identity.disableAccount((UUID) row[1], reason.strip());
        }
        audit.record(AuditRecord.of("learner.deidentified", "learner", learnerId.toString())
                .because(reason.strip()));
    }

    private LocalDate birthDate(UUID learnerId) {
        return jdbc.sql("SELECT birth_date FROM people.learner WHERE id = ?")
                .param(learnerId)
                .query(LocalDate.class)
                .optional()
                .orElseThrow(() -> Rejected.notFound("people.learner.notFound"));
    }
}
