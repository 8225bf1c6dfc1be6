package vn.edu.ecenter.people.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.edu.ecenter.identity.Identity;
import vn.edu.ecenter.identity.NewAccount;
import vn.edu.ecenter.identity.Role;
import vn.edu.ecenter.people.Address;
import vn.edu.ecenter.people.FieldProblem;
import vn.edu.ecenter.people.GuardianDetails;
import vn.edu.ecenter.people.LearnerDetails;
import vn.edu.ecenter.people.PeopleBulk;
import vn.edu.ecenter.people.Relation;
import vn.edu.ecenter.people.Sex;
import vn.edu.ecenter.people.StaffDetails;
import vn.edu.ecenter.platform.audit.AuditRecord;
import vn.edu.ecenter.platform.audit.AuditTrail;
import vn.edu.ecenter.platform.clock.BusinessClock;
import vn.edu.ecenter.platform.web.Rejected;
import vn.edu.ecenter.shared.CitizenId;
import vn.edu.ecenter.shared.PersonName;

/** {@link PeopleBulk} with JDBC batches: a few statements per thousand rows instead of several per row. */
@Service
class BulkPeopleService implements PeopleBulk {

    private static final int BATCH = 500;

    private final JdbcClient jdbc;
    private final JdbcTemplate batches;
    private final PersonalDataCipher cipher;
    private final PeopleProperties properties;
    private final Identity identity;
    private final AuditTrail audit;
    private final BusinessClock clock;

    BulkPeopleService(
            JdbcClient jdbc,
            JdbcTemplate batches,
            PersonalDataCipher cipher,
            PeopleProperties properties,
            Identity identity,
            AuditTrail audit,
            BusinessClock clock) {
        this.jdbc = jdbc;
        this.batches = batches;
        this.cipher = cipher;
        this.properties = properties;
        this.identity = identity;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    @PreAuthorize(Roles.RECORDS)
    public List<FieldProblem> checkLearnerFields(LearnerDetails details) {
        return Checks.learner(details, properties.citizenId().codes(), clock.today());
    }

    @Override
    @PreAuthorize(Roles.RECORDS)
    public List<FieldProblem> checkGuardianFields(GuardianDetails details) {
        List<FieldProblem> problems = new ArrayList<>();
        if (Checks.phoneDigits(details.phone()) == null) {
            problems.add(FieldProblem.of("phone", "people.phone.format", Objects.toString(details.phone(), "")));
        }
        Checks.email(details.email(), problems);
        Checks.citizenId(details.citizenId(), properties.citizenId().codes(), null, null, problems);
        return problems;
    }

    @Override
    @PreAuthorize(Roles.RECORDS)
    public List<FieldProblem> checkStaffFields(StaffDetails details) {
        return Checks.staff(details, properties.citizenId().codes());
    }

    // ---------------------------------------------------------------- learners

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize(Roles.RECORDS)
    public List<StoredLearner> learnersMatching(Collection<String> codes, Collection<String> citizenIds) {
        String[] lowerCodes = codes.stream()
                .map(c -> c.strip().toLowerCase(Locale.ROOT))
                .distinct()
                .toArray(String[]::new);
        String[] digests = digests(citizenIds);
        return jdbc.sql("""
                SELECT * FROM people.learner
                WHERE deidentified_at IS NULL AND (lower(code) = ANY (?) OR citizen_id_digest = ANY (?))
                """)
                .params(lowerCodes, digests)
                .query((rs, n) -> storedLearner(rs))
                .list();
    }

    private StoredLearner storedLearner(ResultSet rs) throws SQLException {
        var details = new LearnerDetails(
                rs.getString("code"),
                PeopleService.name(rs),
                rs.getDate("birth_date").toLocalDate(),
                Sex.valueOf(rs.getString("sex")),
                rs.getString("ethnicity"),
                rs.getString("religion"),
                rs.getString("nationality"),
                rs.getString("birth_place"),
                rs.getString("home_town"),
                decrypt(rs.getBytes("citizen_id_cipher")),
                new Address(
                        rs.getString("street"),
                        rs.getString("ward"),
                        rs.getString("province"),
                        rs.getString("old_address")),
                rs.getString("phone"),
                rs.getString("email"),
                rs.getString("policy_group"),
                rs.getString("disability"));
        return new StoredLearner(rs.getObject("id", UUID.class), details, rs.getInt("version"));
    }

    private @Nullable String decrypt(byte @Nullable [] stored) {
        return stored == null ? null : cipher.decryptText(stored);
    }

    @Override
    @Transactional
    @PreAuthorize(Roles.RECORDS)
    public List<UUID> insertLearners(List<LearnerDetails> learners) {
        if (learners.isEmpty()) {
            return List.of();
        }
        List<UUID> ids = new ArrayList<>();
        List<Object[]> rows = new ArrayList<>();
        List<NewAccount> accounts = new ArrayList<>();
        for (LearnerDetails details : learners) {
            UUID id = UUID.randomUUID();
            ids.add(id);
            rows.add(LearnerColumns.values(details, cipher, id));
            String code = details.code().strip();
            accounts.add(new NewAccount(
                    code.toLowerCase(Locale.ROOT),
                    details.name().fullName(),
                    Checks.blankToNull(details.email()),
                    Role.LEARNER));
        }
        try {
            batch(LearnerColumns.INSERT, rows);
        } catch (DuplicateKeyException e) {
            throw Rejected.conflict("people.import.duplicate");
        }
        Map<String, UUID> opened = identity.openAccounts(accounts);
        List<Object[]> links = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            links.add(new Object[] {opened.get(accounts.get(i).username()), ids.get(i)});
        }
        batch("UPDATE people.learner SET account_id = ? WHERE id = ?", links);
        audit.record(AuditRecord.of("learner.imported", "learner", null)
                .values(
                        null,
                        Map.of(
                                "count",
                                learners.size(),
                                "codes",
                                learners.stream().map(LearnerDetails::code).toList())));
        return ids;
    }

    @Override
    @Transactional
    @PreAuthorize(Roles.RECORDS)
    public void updateLearners(List<LearnerChange> changes) {
        if (changes.isEmpty()) {
            return;
        }
        List<Object[]> rows = new ArrayList<>();
        for (LearnerChange change : changes) {
            rows.add(LearnerColumns.values(change.details(), cipher, change.id(), change.version()));
        }
        int[][] counts;
        try {
            counts = batches.batchUpdate(LearnerColumns.UPDATE, rows, BATCH, (statement, row) -> {
                for (int i = 0; i < row.length; i++) {
                    statement.setObject(i + 1, row[i]);
                }
            });
        } catch (DuplicateKeyException e) {
            throw Rejected.conflict("people.import.duplicate");
        }
        for (int[] batch : counts) {
            for (int count : batch) {
                if (count == 0) {
                    throw Rejected.conflict("people.learner.stale");
                }
            }
        }
        audit.record(AuditRecord.of("learner.updatedByImport", "learner", null)
                .values(
                        null,
                        Map.of(
                                "count",
                                changes.size(),
                                "ids",
                                changes.stream().map(c -> c.id().toString()).toList())));
    }

    // ---------------------------------------------------------------- guardians

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize(Roles.RECORDS)
    public List<StoredGuardian> guardiansByPhones(Collection<String> phones) {
        String[] digits = phones.stream()
                .map(Checks::phoneDigits)
                .filter(Objects::nonNull)
                .distinct()
                .toArray(String[]::new);
        Map<UUID, GuardianDetails> details = new LinkedHashMap<>();
        jdbc.sql("SELECT * FROM people.guardian WHERE phone = ANY (?) AND deidentified_at IS NULL")
                .param(digits)
                .query((rs, n) -> details.put(
                        rs.getObject("id", UUID.class),
                        new GuardianDetails(
                                PeopleService.name(rs),
                                rs.getString("phone"),
                                rs.getString("email"),
                                decrypt(rs.getBytes("citizen_id_cipher")))))
                .list();
        Map<UUID, Map<UUID, Relation>> links = new HashMap<>();
        jdbc.sql("SELECT guardian_id, learner_id, relation FROM people.learner_guardian WHERE guardian_id = ANY (?)")
                .param(details.keySet().toArray(UUID[]::new))
                .query((rs, n) -> links.computeIfAbsent(rs.getObject("guardian_id", UUID.class), k -> new HashMap<>())
                        .put(rs.getObject("learner_id", UUID.class), Relation.valueOf(rs.getString("relation"))))
                .list();
        return details.entrySet().stream()
                .map(e -> new StoredGuardian(
                        e.getKey(), e.getValue(), Map.copyOf(links.getOrDefault(e.getKey(), Map.of()))))
                .toList();
    }

    @Override
    @Transactional
    @PreAuthorize(Roles.RECORDS)
    public void linkGuardians(List<GuardianLink> links) {
        if (links.isEmpty()) {
            return;
        }
        Map<String, UUID> stored = new HashMap<>();
        for (StoredGuardian guardian :
                guardiansByPhones(links.stream().map(l -> l.guardian().phone()).toList())) {
            stored.put(guardian.details().phone(), guardian.id());
        }
        Map<String, GuardianDetails> fresh = new LinkedHashMap<>();
        Map<String, GuardianDetails> changed = new LinkedHashMap<>();
        for (GuardianLink link : links) {
            String phone = Checks.phoneDigits(link.guardian().phone());
            if (phone == null) {
                throw new Rejected("people.phone.format", link.guardian().phone());
            }
            (stored.containsKey(phone) ? changed : fresh).putIfAbsent(phone, link.guardian());
        }
        List<Object[]> inserts = new ArrayList<>();
        List<NewAccount> accounts = new ArrayList<>();
        for (var entry : fresh.entrySet()) {
            UUID id = UUID.randomUUID();
            stored.put(entry.getKey(), id);
            GuardianDetails guardian = entry.getValue();
            PersonName name = guardian.name();
            String citizenId = citizenId(guardian.citizenId());
            inserts.add(new Object[] {
                id,
                name.family(),
                name.middle(),
                name.given(),
                name.fullName(),
                name.searchKey(),
                entry.getKey(),
                Checks.blankToNull(guardian.email()),
                citizenId == null ? null : cipher.encryptText(citizenId),
                citizenId == null ? null : cipher.digest(citizenId)
            });
            accounts.add(new NewAccount(
                    entry.getKey(), name.fullName(), Checks.blankToNull(guardian.email()), Role.GUARDIAN));
        }
        batch("""
                INSERT INTO people.guardian (id, family_name, middle_name, given_name, full_name, search_key, phone,
                    email, citizen_id_cipher, citizen_id_digest, centre_id)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, platform.current_centre())
                """, inserts);
        Map<String, UUID> opened = identity.openAccounts(accounts);
        batch(
                "UPDATE people.guardian SET account_id = ? WHERE phone = ?",
                opened.entrySet().stream()
                        .map(e -> new Object[] {e.getValue(), e.getKey()})
                        .toList());
        List<Object[]> updates = new ArrayList<>();
        for (var entry : changed.entrySet()) {
            GuardianDetails guardian = entry.getValue();
            PersonName name = guardian.name();
            String citizenId = citizenId(guardian.citizenId());
            updates.add(new Object[] {
                name.family(),
                name.middle(),
                name.given(),
                name.fullName(),
                name.searchKey(),
                Checks.blankToNull(guardian.email()),
                citizenId == null ? null : cipher.encryptText(citizenId),
                citizenId == null ? null : cipher.digest(citizenId),
                stored.get(entry.getKey())
            });
        }
        batch("""
                UPDATE people.guardian SET family_name = ?, middle_name = ?, given_name = ?, full_name = ?,
                    search_key = ?, email = coalesce(?, email), citizen_id_cipher = coalesce(?, citizen_id_cipher),
                    citizen_id_digest = coalesce(?, citizen_id_digest), version = version + 1
                WHERE id = ?
                """, updates);
        batch(
                """
                INSERT INTO people.learner_guardian (learner_id, guardian_id, relation, centre_id)
                VALUES (?, ?, ?, platform.current_centre())
                ON CONFLICT (centre_id, learner_id, guardian_id) DO UPDATE SET relation = excluded.relation
                """,
                links.stream()
                        .map(l -> new Object[] {
                            l.learnerId(),
                            stored.get(Checks.phoneDigits(l.guardian().phone())),
                            l.relation().name()
                        })
                        .toList());
        audit.record(AuditRecord.of("guardian.linkedByImport", "guardian", null)
                .values(null, Map.of("links", links.size(), "registered", fresh.size(), "updated", changed.size())));
    }

    // ---------------------------------------------------------------- staff

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize(Roles.RECORDS)
    public List<StoredStaff> staffMatching(Collection<String> codes, Collection<String> citizenIds) {
        String[] lowerCodes = codes.stream()
                .map(c -> c.strip().toLowerCase(Locale.ROOT))
                .distinct()
                .toArray(String[]::new);
        String[] digests = digests(citizenIds);
        return jdbc.sql("SELECT * FROM people.staff_member WHERE lower(code) = ANY (?) OR citizen_id_digest = ANY (?)")
                .params(lowerCodes, digests)
                .query((rs, n) -> {
                    var birth = rs.getDate("birth_date");
                    String sex = rs.getString("sex");
                    var array = rs.getArray("subject_codes");
                    var details = new StaffDetails(
                            rs.getString("code"),
                            PeopleService.name(rs),
                            birth == null ? null : birth.toLocalDate(),
                            sex == null ? null : Sex.valueOf(sex),
                            rs.getString("phone"),
                            rs.getString("email"),
                            decrypt(rs.getBytes("citizen_id_cipher")),
                            rs.getString("position"),
                            rs.getString("qualification"),
                            rs.getString("contract_type"),
                            array == null
                                    ? java.util.Set.of()
                                    : new LinkedHashSet<>(List.of((String[]) array.getArray())),
                            rs.getInt("workload_norm"));
                    return new StoredStaff(rs.getObject("id", UUID.class), details, rs.getInt("version"));
                })
                .list();
    }

    // ---------------------------------------------------------------- helpers

    private void batch(String sql, List<Object[]> rows) {
        for (int from = 0; from < rows.size(); from += BATCH) {
            batches.batchUpdate(sql, rows.subList(from, Math.min(rows.size(), from + BATCH)));
        }
    }

    /** The digests under which personal ID numbers are found (the numbers themselves are stored encrypted). */
    private String[] digests(Collection<String> citizenIds) {
        return citizenIds.stream()
                .filter(id -> id != null && !id.isBlank())
                .map(id -> cipher.digest(CitizenId.normalise(id)))
                .distinct()
                .toArray(String[]::new);
    }

    private static @Nullable String citizenId(@Nullable String typed) {
        return typed == null || typed.isBlank() ? null : CitizenId.normalise(typed);
    }
}
