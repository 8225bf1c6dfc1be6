package vn.edu.ecenter.people.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.edu.ecenter.identity.Identity;
import vn.edu.ecenter.identity.IssuedPassword;
import vn.edu.ecenter.identity.NewAccount;
import vn.edu.ecenter.identity.Role;
import vn.edu.ecenter.people.Address;
import vn.edu.ecenter.people.FieldProblem;
import vn.edu.ecenter.people.GuardianDetails;
import vn.edu.ecenter.people.GuardianView;
import vn.edu.ecenter.people.LearnerDetails;
import vn.edu.ecenter.people.LearnerSummary;
import vn.edu.ecenter.people.LearnerView;
import vn.edu.ecenter.people.People;
import vn.edu.ecenter.people.Relation;
import vn.edu.ecenter.people.Sex;
import vn.edu.ecenter.people.StaffDetails;
import vn.edu.ecenter.people.StaffSummary;
import vn.edu.ecenter.people.StaffView;
import vn.edu.ecenter.platform.audit.AuditRecord;
import vn.edu.ecenter.platform.audit.AuditTrail;
import vn.edu.ecenter.platform.clock.BusinessClock;
import vn.edu.ecenter.platform.files.FileStore;
import vn.edu.ecenter.platform.files.FileType;
import vn.edu.ecenter.platform.web.Rejected;
import vn.edu.ecenter.shared.CitizenId;
import vn.edu.ecenter.shared.PersonName;
import vn.edu.ecenter.shared.VietnameseText;

@Service
class PeopleService implements People {

    private static final String SUMMARY =
            "id, code, family_name, middle_name, given_name, full_name, birth_date, sex, phone";

    /** Each password costs a bcrypt hash (about 0.1 s): a class with its guardians fits, a whole centre does not. */
    static final int MAX_PASSWORDS_AT_ONCE = 200;

    /** Rows fetched for a search before ranking: three times the rows asked for, within these bounds. */
    private static final int MIN_CANDIDATES = 60;

    private static final int MAX_CANDIDATES = 300;

    private final JdbcClient jdbc;
    private final PersonalDataCipher cipher;
    private final PeopleProperties properties;
    private final Identity identity;
    private final AuditTrail audit;
    private final BusinessClock clock;
    private final FileStore files;
    private final AccessLog accessLog;

    PeopleService(
            JdbcClient jdbc,
            PersonalDataCipher cipher,
            PeopleProperties properties,
            Identity identity,
            AuditTrail audit,
            BusinessClock clock,
            FileStore files,
            AccessLog accessLog) {
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.properties = properties;
        this.identity = identity;
        this.audit = audit;
        this.clock = clock;
        this.files = files;
        this.accessLog = accessLog;
    }

    // ---------------------------------------------------------------- learners

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize(Roles.RECORDS)
    public List<FieldProblem> checkLearner(LearnerDetails details) {
        List<FieldProblem> problems =
                Checks.learner(details, properties.citizenId().codes(), clock.today());
        if (problems.stream().noneMatch(p -> p.field().equals("code"))
                && learnerByCodeInternal(details.code().strip()).isPresent()) {
            problems.add(
                    FieldProblem.of("code", "people.code.taken", details.code().strip()));
        }
        if (details.citizenId() != null
                && !details.citizenId().isBlank()
                && problems.stream().noneMatch(p -> p.field().equals("citizenId"))
                && learnerIdByDigest(digestOf(details.citizenId())).isPresent()) {
            problems.add(FieldProblem.of("citizenId", "people.citizenId.taken"));
        }
        return problems;
    }

    @Override
    @Transactional
    @PreAuthorize(Roles.RECORDS)
    public LearnerView registerLearner(LearnerDetails details) {
        UUID id = registerLearners(List.of(details)).getFirst();
        return view(id);
    }

    @Override
    @Transactional
    @PreAuthorize(Roles.RECORDS)
    public List<UUID> registerLearners(List<LearnerDetails> all) {
        List<UUID> ids = new ArrayList<>();
        List<NewAccount> accounts = new ArrayList<>();
        Set<String> codes = new LinkedHashSet<>();
        for (LearnerDetails details : all) {
            rejectProblems(checkLearner(details));
            String code = details.code().strip();
            if (!codes.add(code.toLowerCase(Locale.ROOT))) {
                throw Rejected.conflict("people.code.taken", code);
            }
            UUID id = UUID.randomUUID();
            try {
                insertLearner(id, details);
            } catch (DuplicateKeyException e) {
                throw duplicate(e, code);
            }
            ids.add(id);
            accounts.add(new NewAccount(
                    code.toLowerCase(Locale.ROOT), details.name().fullName(), details.email(), Role.LEARNER));
        }
        Map<String, UUID> opened = identity.openAccounts(accounts);
        // One statement for the whole batch: an import of 5,000 learners must not pay 5,000 round trips here.
        jdbc.sql("UPDATE people.learner l SET account_id = a.id FROM unnest(?::uuid[], ?::uuid[]) AS a(learner_id, id)"
                        + " WHERE l.id = a.learner_id")
                .params(
                        ids.toArray(UUID[]::new),
                        accounts.stream().map(a -> opened.get(a.username())).toArray(UUID[]::new))
                .update();
        if (all.size() == 1) {
            audit.record(AuditRecord.of(
                            "learner.registered", "learner", ids.getFirst().toString())
                    .values(null, auditValues(all.getFirst())));
        } else if (!all.isEmpty()) {
            audit.record(AuditRecord.of("learner.registeredInBulk", "learner", null)
                    .values(
                            null,
                            Map.of(
                                    "count",
                                    all.size(),
                                    "codes",
                                    all.stream().map(LearnerDetails::code).toList())));
        }
        return ids;
    }

    private void insertLearner(UUID id, LearnerDetails details) {
        jdbc.sql(LearnerColumns.INSERT)
                .params(LearnerColumns.values(details, cipher, id))
                .update();
    }

    @Override
    @Transactional
    @PreAuthorize(Roles.RECORDS)
    public LearnerView updateLearner(UUID learnerId, LearnerDetails details, int version) {
        LearnerView before = view(learnerId);
        if (before.deidentified()) {
            throw Rejected.conflict("people.learner.deidentified");
        }
        List<FieldProblem> problems =
                Checks.learner(details, properties.citizenId().codes(), clock.today());
        rejectProblems(problems);
        String code = details.code().strip();
        learnerByCodeInternal(code)
                .filter(other -> !other.id().equals(learnerId))
                .ifPresent(other -> {
                    throw Rejected.conflict("people.code.taken", code);
                });
        String citizenId = normalisedCitizenId(details.citizenId());
        if (citizenId != null) {
            learnerIdByDigest(cipher.digest(citizenId))
                    .filter(other -> !other.equals(learnerId))
                    .ifPresent(other -> {
                        throw Rejected.conflict("people.citizenId.taken");
                    });
        }
        int updated;
        try {
            updated = jdbc.sql(LearnerColumns.UPDATE)
                    .params(LearnerColumns.values(details, cipher, learnerId, version))
                    .update();
        } catch (DuplicateKeyException e) {
            throw duplicate(e, code);
        }
        if (updated == 0) {
            throw Rejected.conflict("people.learner.stale");
        }
        audit.record(AuditRecord.of("learner.updated", "learner", learnerId.toString())
                .values(auditValues(before.details()), auditValues(details)));
        return view(learnerId);
    }

    @Override
    @Transactional
    @PreAuthorize(Roles.SIGNED_IN)
    public Optional<LearnerView> openLearner(UUID learnerId) {
        if (!mayOpen(learnerId)) {
            throw new AccessDeniedException("not this user's learner");
        }
        Optional<LearnerView> view = findView(learnerId);
        view.ifPresent(found -> accessLog.record(learnerId, AccessLog.Action.OPEN, null));
        return view;
    }

    /** Staff of the centre; a learner only themself; a guardian only their own children. */
    boolean mayOpen(UUID learnerId) {
        if (Roles.isStaff()) {
            return true;
        }
        return ownLearnerIds().contains(learnerId);
    }

    @Override
    @Transactional
    @PreAuthorize(Roles.RECORDS)
    public Optional<String> revealCitizenId(UUID learnerId, String purpose) {
        if (purpose == null || purpose.isBlank()) {
            throw new Rejected("people.reveal.purposeRequired");
        }
        Optional<byte[]> stored = jdbc.sql("SELECT citizen_id_cipher FROM people.learner WHERE id = ?")
                .param(learnerId)
                .query((rs, n) -> Optional.ofNullable(rs.getBytes(1)))
                .optional()
                .orElseThrow(() -> Rejected.notFound("people.learner.notFound"));
        accessLog.record(learnerId, AccessLog.Action.REVEAL_ID, purpose.strip());
        return stored.map(cipher::decryptText);
    }

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize(Roles.SIGNED_IN)
    public List<LearnerSummary> learners(Collection<UUID> learnerIds) {
        if (learnerIds.isEmpty()) {
            return List.of();
        }
        List<LearnerSummary> found = jdbc.sql("SELECT " + SUMMARY + " FROM people.learner WHERE id = ANY (?)")
                .param(learnerIds.toArray(UUID[]::new))
                .query(PeopleService::summary)
                .list();
        if (Roles.isStaff()) {
            return found;
        }
        Set<UUID> own = ownLearnerIds();
        return found.stream().filter(learner -> own.contains(learner.id())).toList();
    }

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize(Roles.STAFF)
    public Optional<LearnerSummary> learnerByCode(String code) {
        return learnerByCodeInternal(code.strip());
    }

    private Optional<LearnerSummary> learnerByCodeInternal(String code) {
        return jdbc.sql("SELECT " + SUMMARY + " FROM people.learner WHERE lower(code) = lower(?)")
                .param(code)
                .query(PeopleService::summary)
                .optional();
    }

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize(Roles.RECORDS)
    public Optional<LearnerSummary> learnerByCitizenId(String citizenId) {
        return learnerIdByDigest(digestOf(citizenId))
                .flatMap(id -> learners(List.of(id)).stream().findFirst());
    }

    private Optional<UUID> learnerIdByDigest(String digest) {
        return jdbc.sql("SELECT id FROM people.learner WHERE citizen_id_digest = ?")
                .param(digest)
                .query(UUID.class)
                .optional();
    }

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize(Roles.STAFF)
    public List<LearnerSummary> searchLearners(String query, int limit) {
        Search search = Search.of(query);
        if (search.isEmpty()) {
            return List.of();
        }
        int wanted = Math.clamp(3L * limit, MIN_CANDIDATES, MAX_CANDIDATES);
        List<LearnerSummary> candidates = learnersStartingWith(search, wanted);
        if (candidates.isEmpty() && search.words().size() > 1) {
            candidates = learnersWithEveryWord(search, wanted);
        }
        return candidates.stream()
                .map(learner ->
                        new Ranked(search.rank(learner.name().fullName(), learner.code(), learner.phone()), learner))
                .sorted(Comparator.comparingInt(Ranked::rank)
                        .thenComparing(ranked -> ranked.learner().name(), PersonName.CLASS_LIST_ORDER))
                .limit(Math.max(0, limit))
                .map(Ranked::learner)
                .toList();
    }

    private record Ranked(int rank, LearnerSummary learner) {}

    /**
     * The learners with a search term (people.learner_term: the folded name, the words that end it, the code, the
     * phone number) that starts with the search: a short range of an index, however many learners the centre has.
     */
    private List<LearnerSummary> learnersStartingWith(Search search, int candidates) {
        return jdbc.sql("SELECT " + SUMMARY + " FROM people.learner WHERE deidentified_at IS NULL AND id IN"
                        + " (SELECT learner_id FROM people.learner_term WHERE term ^@ ? ORDER BY term LIMIT ?)")
                .params(search.folded(), candidates)
                .query(PeopleService::summary)
                .list();
    }

    /** The learners for whom every typed word starts a word of the name (or the code, the phone), in any order. */
    private List<LearnerSummary> learnersWithEveryWord(Search search, int candidates) {
        String eachWord = String.join(
                " INTERSECT ",
                Collections.nCopies(
                        search.words().size(), "SELECT learner_id FROM people.learner_term WHERE term ^@ ?"));
        return jdbc.sql("SELECT " + SUMMARY + " FROM people.learner WHERE deidentified_at IS NULL AND id IN ("
                        + eachWord + ") LIMIT ?")
                .params(Stream.concat(search.words().stream(), Stream.of(candidates))
                        .toList())
                .query(PeopleService::summary)
                .list();
    }

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize(Roles.STAFF)
    public List<LearnerSummary> allLearners() {
        return jdbc
                .sql("SELECT " + SUMMARY + " FROM people.learner WHERE deidentified_at IS NULL")
                .query(PeopleService::summary)
                .list()
                .stream()
                .sorted(Comparator.comparing(LearnerSummary::name, PersonName.CLASS_LIST_ORDER))
                .toList();
    }

    // ---------------------------------------------------------------- guardians

    @Override
    @Transactional
    @PreAuthorize(Roles.RECORDS)
    public GuardianView linkGuardian(UUID learnerId, GuardianDetails guardian, Relation relation) {
        view(learnerId);
        String phone = Checks.phoneDigits(guardian.phone());
        if (phone == null) {
            throw new Rejected("people.phone.format", guardian.phone());
        }
        List<FieldProblem> problems = new ArrayList<>();
        Checks.email(guardian.email(), problems);
        Checks.citizenId(guardian.citizenId(), properties.citizenId().codes(), null, null, problems);
        rejectProblems(problems);
        UUID guardianId = jdbc.sql("SELECT id FROM people.guardian WHERE phone = ?")
                .param(phone)
                .query(UUID.class)
                .optional()
                .orElseGet(() -> insertGuardian(guardian, phone));
        jdbc.sql("""
                INSERT INTO people.learner_guardian (centre_id, learner_id, guardian_id, relation)
                VALUES (platform.current_centre(), ?, ?, ?)
                ON CONFLICT (centre_id, learner_id, guardian_id) DO UPDATE SET relation = excluded.relation
                """).params(learnerId, guardianId, relation.name()).update();
        audit.record(AuditRecord.of("guardian.linked", "learner", learnerId.toString())
                .values(null, Map.of("guardian", guardianId.toString(), "relation", relation.name())));
        return guardiansOf(learnerId).stream()
                .filter(view -> view.id().equals(guardianId))
                .findFirst()
                .orElseThrow();
    }

    private UUID insertGuardian(GuardianDetails guardian, String phone) {
        UUID id = UUID.randomUUID();
        String citizenId = normalisedCitizenId(guardian.citizenId());
        PersonName name = guardian.name();
        UUID account = identity.openAccounts(List.of(
                        new NewAccount(phone, name.fullName(), Checks.blankToNull(guardian.email()), Role.GUARDIAN)))
                .get(phone);
        jdbc.sql("""
                INSERT INTO people.guardian (centre_id, id, family_name, middle_name, given_name, full_name,
                    search_key, phone, email, citizen_id_cipher, citizen_id_digest, account_id)
                VALUES (platform.current_centre(), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
                .params(
                        id,
                        name.family(),
                        name.middle(),
                        name.given(),
                        name.fullName(),
                        name.searchKey(),
                        phone,
                        Checks.blankToNull(guardian.email()),
                        citizenId == null ? null : cipher.encryptText(citizenId),
                        citizenId == null ? null : cipher.digest(citizenId),
                        account)
                .update();
        audit.record(AuditRecord.of("guardian.registered", "guardian", id.toString())
                .values(null, Map.of("name", name.fullName(), "phone", phone)));
        return id;
    }

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize(Roles.SIGNED_IN)
    public List<GuardianView> guardiansOf(UUID learnerId) {
        if (!mayOpen(learnerId)) {
            throw new AccessDeniedException("not this user's learner");
        }
        return jdbc.sql("""
                SELECT g.id, g.family_name, g.middle_name, g.given_name, g.full_name, g.phone, g.email, lg.relation,
                       a.username
                FROM people.learner_guardian lg
                JOIN people.guardian g ON g.centre_id = lg.centre_id AND g.id = lg.guardian_id
                LEFT JOIN identity.account a ON a.id = g.account_id
                WHERE lg.learner_id = ?
                ORDER BY lg.relation, g.full_name
                """)
                .param(learnerId)
                .query((rs, n) -> new GuardianView(
                        rs.getObject("id", UUID.class),
                        name(rs),
                        Relation.valueOf(rs.getString("relation")),
                        rs.getString("phone"),
                        rs.getString("email"),
                        rs.getString("username")))
                .list();
    }

    @Override
    @Transactional
    @PreAuthorize(Roles.RECORDS)
    public void unlinkGuardian(UUID learnerId, UUID guardianId) {
        int removed = jdbc.sql("DELETE FROM people.learner_guardian WHERE learner_id = ? AND guardian_id = ?")
                .params(learnerId, guardianId)
                .update();
        if (removed == 0) {
            throw Rejected.notFound("people.guardian.notFound");
        }
        audit.record(AuditRecord.of("guardian.unlinked", "learner", learnerId.toString())
                .values(Map.of("guardian", guardianId.toString()), null));
    }

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize(Roles.SIGNED_IN)
    public List<LearnerSummary> ownLearners() {
        Set<UUID> own = ownLearnerIds();
        if (own.isEmpty()) {
            return List.of();
        }
        return jdbc
                .sql("SELECT " + SUMMARY + " FROM people.learner WHERE id = ANY (?)")
                .param(own.toArray(UUID[]::new))
                .query(PeopleService::summary)
                .list()
                .stream()
                .sorted(Comparator.comparing(LearnerSummary::name, PersonName.CLASS_LIST_ORDER))
                .toList();
    }

    /** The learners the signed-in learner or guardian may see: themself, or their children. */
    @Override
    @Transactional(readOnly = true)
    @PreAuthorize(Roles.SIGNED_IN)
    public Set<UUID> ownLearnerIds() {
        Optional<UUID> account = Roles.accountId();
        if (account.isEmpty()) {
            return Set.of();
        }
        Set<UUID> own = new LinkedHashSet<>();
        if (Roles.has("LEARNER")) {
            own.addAll(jdbc.sql("SELECT id FROM people.learner WHERE account_id = ?")
                    .param(account.get())
                    .query(UUID.class)
                    .list());
        }
        if (Roles.has("GUARDIAN")) {
            own.addAll(jdbc.sql("""
                    SELECT lg.learner_id FROM people.learner_guardian lg
                    JOIN people.guardian g ON g.centre_id = lg.centre_id AND g.id = lg.guardian_id
                    WHERE g.account_id = ?
                    """).param(account.get()).query(UUID.class).list());
        }
        return own;
    }

    // ---------------------------------------------------------------- photo and accounts

    @Override
    @Transactional
    @PreAuthorize(Roles.RECORDS)
    public void setLearnerPhoto(UUID learnerId, byte[] content, String originalName) {
        view(learnerId);
        var stored = files.store(content, originalName, FileType.IMAGES);
        jdbc.sql("UPDATE people.learner SET photo_file = ?, updated_at = now() WHERE id = ?")
                .params(stored.sha256(), learnerId)
                .update();
        audit.record(AuditRecord.of("learner.photoChanged", "learner", learnerId.toString()));
    }

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize(Roles.SIGNED_IN)
    public Optional<byte[]> learnerPhoto(UUID learnerId) {
        if (!mayOpen(learnerId)) {
            throw new AccessDeniedException("not this user's learner");
        }
        return jdbc.sql("SELECT photo_file FROM people.learner WHERE id = ? AND photo_file IS NOT NULL")
                .param(learnerId)
                .query(String.class)
                .optional()
                .map(key -> {
                    try (InputStream in = files.open(key)) {
                        return in.readAllBytes();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
    }

    @Override
    @Transactional
    @PreAuthorize(Roles.RECORDS)
    public List<IssuedPassword> issueFirstPasswords(Collection<UUID> learnerIds, boolean guardiansToo) {
        if (learnerIds.isEmpty()) {
            return List.of();
        }
        UUID[] ids = learnerIds.toArray(UUID[]::new);
        Set<UUID> accounts = new LinkedHashSet<>(
                jdbc.sql("SELECT account_id FROM people.learner WHERE id = ANY (?) AND account_id IS NOT NULL"
                                + " AND deidentified_at IS NULL")
                        .param(ids)
                        .query(UUID.class)
                        .list());
        if (guardiansToo) {
            accounts.addAll(jdbc.sql("""
                    SELECT DISTINCT g.account_id FROM people.learner_guardian lg
                    JOIN people.guardian g ON g.centre_id = lg.centre_id AND g.id = lg.guardian_id
                    WHERE lg.learner_id = ANY (?) AND g.account_id IS NOT NULL
                    """).param(ids).query(UUID.class).list());
        }
        if (accounts.size() > MAX_PASSWORDS_AT_ONCE) {
            throw new Rejected("people.passwords.tooMany", MAX_PASSWORDS_AT_ONCE);
        }
        return identity.issueFirstPasswords(accounts);
    }

    // ---------------------------------------------------------------- staff

    @Override
    @Transactional
    @PreAuthorize(Roles.RECORDS)
    public StaffSummary registerStaff(StaffDetails details) {
        rejectProblems(Checks.staff(details, properties.citizenId().codes()));
        UUID id = UUID.randomUUID();
        String citizenId = normalisedCitizenId(details.citizenId());
        PersonName name = details.name();
        String code = details.code().strip();
        UUID account = null;
        if ("TEACHER".equals(details.position()) || !details.subjectCodes().isEmpty()) {
            String username = code.toLowerCase(Locale.ROOT);
            account = identity.openAccounts(List.of(new NewAccount(
                            username, name.fullName(), Checks.blankToNull(details.email()), Role.TEACHER)))
                    .get(username);
        }
        try {
            jdbc.sql("""
                    INSERT INTO people.staff_member (centre_id, id, code, family_name, middle_name, given_name,
                        full_name, search_key, birth_date, sex, phone, email, citizen_id_cipher, citizen_id_digest,
                        position, qualification, contract_type, subject_codes, workload_norm, account_id)
                    VALUES (platform.current_centre(), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """)
                    .params(concat(List.of(id), staffValues(details, citizenId), java.util.Arrays.asList(account)))
                    .update();
        } catch (DuplicateKeyException e) {
            throw duplicate(e, code);
        }
        audit.record(AuditRecord.of("staff.registered", "staff_member", id.toString())
                .values(null, staffAuditValues(details)));
        return staffMember(id).orElseThrow();
    }

    /**
     * A staff member's column values from {@code code} to {@code workload_norm}, in the order of the insert and the
     * update (the personal ID number encrypted, with its digest; both null when none was typed).
     */
    private List<@Nullable Object> staffValues(StaffDetails details, @Nullable String citizenId) {
        PersonName name = details.name();
        return java.util.Arrays.asList(
                details.code().strip(),
                name.family(),
                name.middle(),
                name.given(),
                name.fullName(),
                name.searchKey(),
                details.birthDate(),
                details.sex() == null ? null : details.sex().name(),
                Checks.phoneDigits(details.phone()),
                Checks.blankToNull(details.email()),
                citizenId == null ? null : cipher.encryptText(citizenId),
                citizenId == null ? null : cipher.digest(citizenId),
                position(details.position()),
                clean(details.qualification()),
                clean(details.contractType()),
                details.subjectCodes().stream().sorted().toArray(String[]::new),
                details.workloadNorm());
    }

    @SafeVarargs
    private static List<@Nullable Object> concat(List<? extends @Nullable Object>... parts) {
        List<@Nullable Object> all = new ArrayList<>();
        for (List<? extends @Nullable Object> part : parts) {
            all.addAll(part);
        }
        return all;
    }

    @Override
    @Transactional
    @PreAuthorize(Roles.RECORDS)
    public StaffView updateStaff(UUID staffId, StaffDetails details, int version) {
        StaffView before = openStaff(staffId).orElseThrow(() -> Rejected.notFound("people.staff.notFound"));
        rejectProblems(Checks.staff(details, properties.citizenId().codes()));
        String citizenId = normalisedCitizenId(details.citizenId());
        int updated;
        try {
            updated = jdbc.sql("""
                    UPDATE people.staff_member SET code = ?, family_name = ?, middle_name = ?, given_name = ?,
                        full_name = ?, search_key = ?, birth_date = ?, sex = ?, phone = ?, email = ?,
                        citizen_id_cipher = coalesce(?, citizen_id_cipher),
                        citizen_id_digest = coalesce(?, citizen_id_digest), position = ?, qualification = ?,
                        contract_type = ?, subject_codes = ?, workload_norm = ?, updated_at = now(),
                        version = version + 1
                    WHERE id = ? AND version = ?
                    """)
                    .params(concat(staffValues(details, citizenId), List.of(staffId, version)))
                    .update();
        } catch (DuplicateKeyException e) {
            throw duplicate(e, details.code().strip());
        }
        if (updated == 0) {
            throw Rejected.conflict("people.staff.stale");
        }
        audit.record(AuditRecord.of("staff.updated", "staff_member", staffId.toString())
                .values(staffAuditValues(before.details()), staffAuditValues(details)));
        return openStaff(staffId).orElseThrow();
    }

    @Override
    @Transactional
    @PreAuthorize(Roles.RECORDS)
    public void setStaffActive(UUID staffId, boolean active) {
        int updated = jdbc.sql("UPDATE people.staff_member SET active = ?, updated_at = now() WHERE id = ?")
                .params(active, staffId)
                .update();
        if (updated == 0) {
            throw Rejected.notFound("people.staff.notFound");
        }
        audit.record(AuditRecord.of("staff.active", "staff_member", staffId.toString())
                .values(null, Map.of("active", active)));
    }

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize(Roles.STAFF)
    public List<StaffSummary> staff() {
        return jdbc.sql(STAFF_SELECT).query(PeopleService::staffSummary).list().stream()
                .sorted(Comparator.comparing((StaffSummary s) -> !s.active())
                        .thenComparing(StaffSummary::name, PersonName.CLASS_LIST_ORDER))
                .toList();
    }

    private static final String STAFF_SELECT = """
            SELECT s.*, a.username FROM people.staff_member s LEFT JOIN identity.account a ON a.id = s.account_id
            """;

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize(Roles.STAFF)
    public Optional<StaffSummary> staffMember(UUID staffId) {
        return jdbc.sql(STAFF_SELECT + " WHERE s.id = ?")
                .param(staffId)
                .query(PeopleService::staffSummary)
                .optional();
    }

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize(Roles.STAFF)
    public Optional<StaffView> openStaff(UUID staffId) {
        return jdbc.sql(STAFF_SELECT + " WHERE s.id = ?")
                .param(staffId)
                .query((rs, n) -> staffView(rs))
                .optional();
    }

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize(Roles.SIGNED_IN)
    public Optional<StaffSummary> staffByUsername(String username) {
        return jdbc.sql(STAFF_SELECT + " WHERE a.username = ?")
                .param(username.strip().toLowerCase(Locale.ROOT))
                .query(PeopleService::staffSummary)
                .optional();
    }

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize(Roles.SIGNED_IN)
    public Optional<StaffSummary> currentStaff() {
        return Roles.accountId().flatMap(account -> jdbc.sql(STAFF_SELECT + " WHERE s.account_id = ?")
                .param(account)
                .query(PeopleService::staffSummary)
                .optional());
    }

    // ---------------------------------------------------------------- helpers

    LearnerView view(UUID learnerId) {
        return findView(learnerId).orElseThrow(() -> Rejected.notFound("people.learner.notFound"));
    }

    Optional<LearnerView> findView(UUID learnerId) {
        return jdbc.sql("""
                SELECT l.*, a.username FROM people.learner l LEFT JOIN identity.account a ON a.id = l.account_id
                WHERE l.id = ?
                """).param(learnerId).query((rs, n) -> learnerView(rs)).optional();
    }

    private LearnerView learnerView(ResultSet rs) throws SQLException {
        byte[] citizenCipher = rs.getBytes("citizen_id_cipher");
        String masked = citizenCipher == null ? null : new CitizenId(cipher.decryptText(citizenCipher)).masked();
        var details = new LearnerDetails(
                rs.getString("code"),
                name(rs),
                rs.getDate("birth_date").toLocalDate(),
                Sex.valueOf(rs.getString("sex")),
                rs.getString("ethnicity"),
                rs.getString("religion"),
                rs.getString("nationality"),
                rs.getString("birth_place"),
                rs.getString("home_town"),
                null,
                new Address(
                        rs.getString("street"),
                        rs.getString("ward"),
                        rs.getString("province"),
                        rs.getString("old_address")),
                rs.getString("phone"),
                rs.getString("email"),
                rs.getString("policy_group"),
                rs.getString("disability"));
        return new LearnerView(
                rs.getObject("id", UUID.class),
                details,
                masked,
                rs.getString("username"),
                rs.getString("photo_file") != null,
                rs.getTimestamp("deidentified_at") != null,
                rs.getInt("version"));
    }

    private StaffView staffView(ResultSet rs) throws SQLException {
        byte[] citizenCipher = rs.getBytes("citizen_id_cipher");
        String masked = citizenCipher == null ? null : new CitizenId(cipher.decryptText(citizenCipher)).masked();
        var birth = rs.getDate("birth_date");
        String sex = rs.getString("sex");
        var details = new StaffDetails(
                rs.getString("code"),
                name(rs),
                birth == null ? null : birth.toLocalDate(),
                sex == null ? null : Sex.valueOf(sex),
                rs.getString("phone"),
                rs.getString("email"),
                null,
                rs.getString("position"),
                rs.getString("qualification"),
                rs.getString("contract_type"),
                subjects(rs),
                rs.getInt("workload_norm"));
        return new StaffView(
                rs.getObject("id", UUID.class),
                details,
                masked,
                rs.getString("username"),
                rs.getBoolean("active"),
                rs.getInt("version"));
    }

    static LearnerSummary summary(ResultSet rs, int row) throws SQLException {
        String phone = rs.getString("phone");
        return new LearnerSummary(
                rs.getObject("id", UUID.class),
                rs.getString("code"),
                name(rs),
                rs.getDate("birth_date").toLocalDate(),
                Sex.valueOf(rs.getString("sex")),
                phone);
    }

    static StaffSummary staffSummary(ResultSet rs, int row) throws SQLException {
        return new StaffSummary(
                rs.getObject("id", UUID.class),
                rs.getString("code"),
                name(rs),
                rs.getString("position"),
                subjects(rs),
                rs.getInt("workload_norm"),
                rs.getString("username"),
                rs.getBoolean("active"));
    }

    private static Set<String> subjects(ResultSet rs) throws SQLException {
        var array = rs.getArray("subject_codes");
        return array == null ? Set.of() : new LinkedHashSet<>(List.of((String[]) array.getArray()));
    }

    static PersonName name(ResultSet rs) throws SQLException {
        return new PersonName(
                rs.getString("family_name"),
                rs.getString("middle_name"),
                rs.getString("given_name"),
                rs.getString("full_name"));
    }

    private static String position(@Nullable String position) {
        return position == null || position.isBlank()
                ? "TEACHER"
                : position.strip().toUpperCase(Locale.ROOT);
    }

    private String digestOf(String typed) {
        return cipher.digest(CitizenId.normalise(typed));
    }

    private static @Nullable String normalisedCitizenId(@Nullable String typed) {
        return typed == null || typed.isBlank() ? null : CitizenId.normalise(typed);
    }

    private static @Nullable String clean(@Nullable String text) {
        String clean = VietnameseText.clean(text);
        return clean == null || clean.isEmpty() ? null : clean;
    }

    static void rejectProblems(List<FieldProblem> problems) {
        if (!problems.isEmpty()) {
            FieldProblem first = problems.getFirst();
            throw first.messageKey().endsWith(".taken")
                    ? Rejected.conflict(first.messageKey(), first.arguments().toArray())
                    : new Rejected(first.messageKey(), first.arguments().toArray());
        }
    }

    private static Rejected duplicate(DuplicateKeyException e, String code) {
        String message = String.valueOf(e.getMessage());
        if (message.contains("citizen_id")) {
            return Rejected.conflict("people.citizenId.taken");
        }
        return Rejected.conflict("people.code.taken", code);
    }

    /** What the audit trail keeps of a learner's details: everything but the personal ID number, which is masked. */
    static Map<String, Object> auditValues(LearnerDetails details) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("code", details.code());
        values.put("fullName", details.name().fullName());
        values.put("birthDate", String.valueOf(details.birthDate()));
        values.put("sex", String.valueOf(details.sex()));
        values.put(
                "citizenId", details.citizenId() == null || details.citizenId().isBlank() ? null : "***");
        values.put("phone", details.phone());
        values.put("email", details.email());
        values.put("address", details.address());
        values.put("ethnicity", details.ethnicity());
        values.put("religion", details.religion());
        values.put("policyGroup", details.policyGroup());
        values.put("disability", details.disability());
        return values;
    }

    private static Map<String, Object> staffAuditValues(StaffDetails details) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("code", details.code());
        values.put("fullName", details.name().fullName());
        values.put("position", details.position());
        values.put("qualification", details.qualification());
        values.put("contractType", details.contractType());
        values.put("subjectCodes", details.subjectCodes());
        values.put("workloadNorm", details.workloadNorm());
        values.put(
                "citizenId", details.citizenId() == null || details.citizenId().isBlank() ? null : "***");
        return values;
    }
}
