package vn.edu.ecenter.identity.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import vn.edu.ecenter.centres.Centres;
import vn.edu.ecenter.identity.AccountSummary;
import vn.edu.ecenter.identity.ApiToken;
import vn.edu.ecenter.identity.CreateAccount;
import vn.edu.ecenter.identity.Identity;
import vn.edu.ecenter.identity.IssuedPassword;
import vn.edu.ecenter.identity.NewAccount;
import vn.edu.ecenter.identity.ProvisionAccount;
import vn.edu.ecenter.identity.Role;
import vn.edu.ecenter.identity.SignedInUser;
import vn.edu.ecenter.platform.audit.AuditRecord;
import vn.edu.ecenter.platform.security.CurrentUser;
import vn.edu.ecenter.platform.tenancy.Tenancy;
import vn.edu.ecenter.platform.web.Rejected;

@Service
class IdentityService implements Identity {

    private static final String CENTRE_ADMIN = "hasAnyRole('DIRECTOR', 'SYSTEM_ADMIN')";

    /** Who keeps the records of learners, guardians and staff: the director and the clerks. */
    private static final String RECORDS_STAFF = "hasAnyRole('DIRECTOR', 'CLERK', 'SYSTEM_ADMIN')";

    private final Accounts accounts;
    private final AccountSupport support;
    private final PasswordCheck passwordCheck;
    private final ApiTokens tokens;
    private final Tenancy tenancy;
    private final Centres centres;
    private final BulkAccounts bulk;

    IdentityService(
            Accounts accounts,
            AccountSupport support,
            PasswordCheck passwordCheck,
            ApiTokens tokens,
            Tenancy tenancy,
            Centres centres,
            BulkAccounts bulk) {
        this.bulk = bulk;
        this.accounts = accounts;
        this.support = support;
        this.passwordCheck = passwordCheck;
        this.tokens = tokens;
        this.tenancy = tenancy;
        this.centres = centres;
    }

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize(CENTRE_ADMIN)
    public List<AccountSummary> accountsOfCurrentCentre() {
        return accounts.findStaffOfCurrentCentre().stream()
                .map(account -> account.summary(support.isLocked(account.username())))
                .toList();
    }

    @Override
    @Transactional
    @PreAuthorize(CENTRE_ADMIN)
    public IssuedPassword createAccount(CreateAccount command) {
        UUID centre = CurrentUser.centre().orElseThrow(() -> new Rejected("identity.centre.required"));
        if (command.roles().contains(Role.SYSTEM_ADMIN)) {
            throw new AccessDeniedException("system administrators are not created inside a centre");
        }
        String temporary = TemporaryPasswords.next();
        Account account = Account.open(
                centre,
                PasswordCheck.normalise(command.username()),
                support.hash(temporary),
                command.fullName().strip(),
                blankToNull(command.email()),
                command.roles(),
                true,
                support.now());
        try {
            accounts.save(account);
        } catch (DuplicateKeyException e) {
            throw Rejected.conflict("identity.username.taken", command.username());
        }
        support.audit(
                AuditRecord.of("account.created", "account", account.getId().toString())
                        .values(null, Map.of("username", account.username(), "roles", command.roles())));
        return new IssuedPassword(account.getId(), account.username(), temporary);
    }

    @Override
    @Transactional
    @PreAuthorize(RECORDS_STAFF)
    public Map<String, UUID> openAccounts(List<NewAccount> accounts) {
        return bulk.open(accounts);
    }

    @Override
    @PreAuthorize("hasRole('SYSTEM_ADMIN')")
    public int provisionSharedPassword(UUID centreId, Collection<String> usernames, String password) {
        return tenancy.asSystem(() -> bulk.provisionSharedPassword(centreId, usernames, password));
    }

    @Override
    @Transactional
    @PreAuthorize(RECORDS_STAFF)
    public List<IssuedPassword> issueFirstPasswords(Collection<UUID> accountIds) {
        return bulk.issueFirstPasswords(accountIds);
    }

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize(RECORDS_STAFF)
    public Map<UUID, Boolean> hasUsablePassword(Collection<UUID> accountIds) {
        return bulk.hasUsablePassword(accountIds);
    }

    @Override
    @Transactional
    @PreAuthorize(RECORDS_STAFF)
    public void disableAccount(UUID accountId, String reason) {
        bulk.disable(accountId, reason);
    }

    @Override
    @PreAuthorize("hasRole('SYSTEM_ADMIN')")
    public boolean provisionAccount(ProvisionAccount command) {
        String username = PasswordCheck.normalise(command.username());
        return tenancy.asSystem(() -> {
            if (accounts.findByUsername(username).isPresent()) {
                return false;
            }
            Account account = Account.open(
                    command.centreId(),
                    username,
                    support.hash(command.password()),
                    command.fullName(),
                    command.email(),
                    command.roles(),
                    command.mustChangePassword(),
                    support.now());
            accounts.save(account);
            support.audit(AuditRecord.of(
                            "account.provisioned", "account", account.getId().toString())
                    .values(null, Map.of("username", username, "roles", command.roles())));
            return true;
        });
    }

    @Override
    @Transactional
    @PreAuthorize(CENTRE_ADMIN)
    public IssuedPassword resetPassword(UUID accountId, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new Rejected("identity.reset.reasonRequired");
        }
        // Row-level security limits the look-up to the administrator's current centre.
        Account account =
                accounts.findById(accountId).orElseThrow(() -> Rejected.notFound("identity.account.notFound"));
        String temporary = TemporaryPasswords.next();
        account.setPassword(support.hash(temporary), true, support.now());
        accounts.save(account);
        tokens.revokeAll(accountId);
        support.unlock(account.username());
        support.endSessions(account.username(), null);
        support.audit(AuditRecord.of("account.passwordReset", "account", accountId.toString())
                .because(reason.strip()));
        support.notifyPasswordReset(account);
        return new IssuedPassword(accountId, account.username(), temporary);
    }

    @Override
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void changeOwnPassword(String currentPassword, String newPassword) {
        SignedInUser me = signedIn();
        Account account = tenancy.asSystem(() -> accounts.findById(me.accountId()))
                .orElseThrow(() -> Rejected.notFound("identity.account.notFound"));
        support.checkNotLocked(account.username());
        if (!support.matches(currentPassword, account.passwordHash())) {
            // Guessing the current password from a stolen session is throttled like guessing at the sign-in form.
            support.countFailure(account.username());
            throw new Rejected("identity.password.currentWrong");
        }
        if (currentPassword.equals(newPassword)) {
            throw new Rejected("identity.password.unchanged");
        }
        support.checkPolicy(account.username(), newPassword);
        account.setPassword(support.hash(newPassword), false, support.now());
        tenancy.asSystem(() -> {
            accounts.save(account);
            tokens.revokeAll(account.getId());
        });
        support.endSessions(account.username(), currentSessionId());
        support.audit(AuditRecord.of(
                "account.passwordChanged", "account", account.getId().toString()));
    }

    private static @Nullable String currentSessionId() {
        var request = RequestContextHolder.getRequestAttributes();
        return request == null ? null : request.getSessionId();
    }

    @Override
    @PreAuthorize("hasRole('SYSTEM_ADMIN')")
    public SignedInUser actInCentre(SignedInUser administrator, Optional<UUID> centreId) {
        centreId.ifPresent(id -> centres.centre(id).orElseThrow(() -> Rejected.notFound("centres.notFound")));
        support.audit(AuditRecord.of(
                "admin.actInCentre", "centre", centreId.map(UUID::toString).orElse(null)));
        return administrator.actingIn(centreId.orElse(null));
    }

    @Override
    public ApiToken issueToken(String username, String password) {
        Account account = passwordCheck.verify(username, password);
        Instant now = support.now();
        Instant expires = now.plus(support.tokenLifetime());
        String token = tenancy.asSystem(() -> tokens.issue(account.getId(), now, expires));
        return new ApiToken(token, "Bearer", support.tokenLifetime().toSeconds());
    }

    @Override
    public Optional<SignedInUser> userOfToken(String token) {
        return tokens.userOf(token, support.now());
    }

    private static SignedInUser signedIn() {
        if (SecurityContextHolder.getContext().getAuthentication().getPrincipal() instanceof SignedInUser user) {
            return user;
        }
        throw new AccessDeniedException("not signed in");
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
