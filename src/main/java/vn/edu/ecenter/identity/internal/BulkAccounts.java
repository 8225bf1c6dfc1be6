package vn.edu.ecenter.identity.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.edu.ecenter.identity.IssuedPassword;
import vn.edu.ecenter.identity.NewAccount;
import vn.edu.ecenter.identity.Role;
import vn.edu.ecenter.platform.audit.AuditRecord;
import vn.edu.ecenter.platform.security.CurrentUser;
import vn.edu.ecenter.platform.tenancy.Tenancy;
import vn.edu.ecenter.platform.web.Rejected;

/**
 * Accounts of learners, guardians and teachers, opened by the thousand without a password (hashing a password costs
 * about 0.1 s, so 5,000 would take minutes) and given their first temporary password later, for the accounts chosen.
 */
@Component
class BulkAccounts {

    static final Set<Role> BULK_ROLES = EnumSet.of(Role.LEARNER, Role.GUARDIAN, Role.TEACHER);

    private static final String USERNAME = "[a-z0-9._-]{3,64}";

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final Tenancy tenancy;
    private final Accounts accounts;
    private final AccountSupport support;
    private final ApiTokens tokens;

    BulkAccounts(
            JdbcClient jdbc,
            JdbcTemplate batch,
            Tenancy tenancy,
            Accounts accounts,
            AccountSupport support,
            ApiTokens tokens) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.tenancy = tenancy;
        this.accounts = accounts;
        this.support = support;
        this.tokens = tokens;
    }

    private record Existing(UUID id, UUID centreId, Set<String> roles) {}

    Map<String, UUID> open(List<NewAccount> wanted) {
        UUID centre = CurrentUser.centre().orElseThrow(() -> new Rejected("identity.centre.required"));
        Map<String, NewAccount> byUsername = new LinkedHashMap<>();
        for (NewAccount account : wanted) {
            String username = PasswordCheck.normalise(account.username());
            if (!username.matches(USERNAME)) {
                throw new Rejected("identity.username.format.bulk", account.username());
            }
            if (!BULK_ROLES.contains(account.role())) {
                throw new Rejected("identity.bulk.role", account.role());
            }
            byUsername.putIfAbsent(username, account);
        }
        if (byUsername.isEmpty()) {
            return Map.of();
        }
        String[] usernames = byUsername.keySet().toArray(String[]::new);
        // Usernames are unique across the deployment, so the look-up must see every centre.
        Map<String, Existing> existing = new HashMap<>();
        tenancy.asSystem(
                () -> jdbc.sql("SELECT id, username, centre_id, roles FROM identity.account WHERE username = ANY (?)")
                        .param(usernames)
                        .query((rs, n) -> {
                            String[] roles = (String[]) rs.getArray("roles").getArray();
                            existing.put(
                                    rs.getString("username"),
                                    new Existing(
                                            rs.getObject("id", UUID.class),
                                            rs.getObject("centre_id", UUID.class),
                                            Set.of(roles)));
                            return null;
                        })
                        .list());
        Map<String, UUID> result = new LinkedHashMap<>();
        List<Object[]> inserts = new ArrayList<>();
        Instant now = support.now();
        for (var entry : byUsername.entrySet()) {
            String username = entry.getKey();
            NewAccount account = entry.getValue();
            Existing found = existing.get(username);
            if (found != null) {
                if (!centre.equals(found.centreId())) {
                    throw Rejected.conflict("identity.username.taken", username);
                }
                if (!found.roles().contains(account.role().name())) {
                    jdbc.sql("UPDATE identity.account SET roles = array_append(roles, ?) WHERE id = ?")
                            .params(account.role().name(), found.id())
                            .update();
                }
                result.put(username, found.id());
                continue;
            }
            UUID id = UUID.randomUUID();
            result.put(username, id);
            inserts.add(new Object[] {
                id,
                centre,
                username,
                UnusablePassword.next(),
                account.fullName().strip(),
                IdentityService.blankToNull(account.email()),
                new String[] {account.role().name()},
                Timestamp.from(now)
            });
        }
        batch.batchUpdate("""
                INSERT INTO identity.account (id, centre_id, username, password_hash, full_name, email, roles,
                                              must_change_password, enabled, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, true, true, ?)
                """, inserts);
        if (!inserts.isEmpty()) {
            support.audit(AuditRecord.of("account.openedInBulk", "account", null)
                    .values(
                            null,
                            Map.of(
                                    "count",
                                    inserts.size(),
                                    "usernames",
                                    inserts.stream().map(row -> row[2]).toList())));
        }
        return result;
    }

    List<IssuedPassword> issueFirstPasswords(Collection<UUID> accountIds) {
        List<IssuedPassword> issued = new ArrayList<>();
        // Row-level security limits the look-up to the current centre.
        for (Account account : accounts.findAllById(accountIds)) {
            if (!BULK_ROLES.containsAll(account.roles())) {
                throw new Rejected("identity.bulk.notEligible", account.username());
            }
            String temporary = TemporaryPasswords.next();
            account.setPassword(support.hash(temporary), true, support.now());
            accounts.save(account);
            tokens.revokeAll(account.getId());
            support.audit(AuditRecord.of(
                    "account.firstPasswordIssued", "account", account.getId().toString()));
            issued.add(new IssuedPassword(account.getId(), account.username(), temporary));
        }
        return issued;
    }

    int provisionSharedPassword(UUID centreId, Collection<String> usernames, String password) {
        String[] names =
                usernames.stream().map(PasswordCheck::normalise).distinct().toArray(String[]::new);
        if (names.length == 0) {
            return 0;
        }
        int given = jdbc.sql("""
                        UPDATE identity.account SET password_hash = ?, must_change_password = false
                        WHERE centre_id = ? AND username = ANY (?) AND roles <@ ?::text[]
                        """)
                .params(
                        support.hash(password),
                        centreId,
                        names,
                        BULK_ROLES.stream().map(Role::name).toArray(String[]::new))
                .update();
        support.audit(AuditRecord.of("account.sharedPasswordProvisioned", "account", null)
                .values(null, Map.of("centre", centreId.toString(), "count", given)));
        return given;
    }

    Map<UUID, Boolean> hasUsablePassword(Collection<UUID> accountIds) {
        Map<UUID, Boolean> result = new HashMap<>();
        jdbc.sql("SELECT id, password_hash NOT LIKE ? AS usable FROM identity.account WHERE id = ANY (?)")
                .params(UnusablePassword.HASH_PREFIX + "%", accountIds.toArray(UUID[]::new))
                .query((rs, n) -> result.put(rs.getObject("id", UUID.class), rs.getBoolean("usable")))
                .list();
        return result;
    }

    void disable(UUID accountId, String reason) {
        Account account =
                accounts.findById(accountId).orElseThrow(() -> Rejected.notFound("identity.account.notFound"));
        jdbc.sql("UPDATE identity.account SET enabled = false WHERE id = ?")
                .param(accountId)
                .update();
        tokens.revokeAll(accountId);
        support.endSessions(account.username(), null);
        support.audit(AuditRecord.of("account.disabled", "account", accountId.toString())
                .because(reason));
    }
}
