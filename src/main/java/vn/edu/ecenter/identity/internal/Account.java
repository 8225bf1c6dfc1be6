package vn.edu.ecenter.identity.internal;

import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Transient;
import org.springframework.data.domain.Persistable;
import org.springframework.data.relational.core.mapping.Table;
import vn.edu.ecenter.identity.AccountSummary;
import vn.edu.ecenter.identity.Role;
import vn.edu.ecenter.identity.SignedInUser;

/** An account: credentials, roles and the centre it belongs to. */
@Table(schema = "identity", name = "account")
class Account implements Persistable<UUID> {

    @Id
    private final UUID id;

    private final @Nullable UUID centreId;
    private final String username;
    private String passwordHash;
    private String fullName;
    private @Nullable String email;
    private Set<String> roles;
    private boolean mustChangePassword;
    private boolean enabled;
    private final Instant createdAt;
    private @Nullable Instant passwordChangedAt;

    @Transient
    private final boolean isNew;

    @PersistenceCreator
    Account(
            UUID id,
            @Nullable UUID centreId,
            String username,
            String passwordHash,
            String fullName,
            @Nullable String email,
            Set<String> roles,
            boolean mustChangePassword,
            boolean enabled,
            Instant createdAt,
            @Nullable Instant passwordChangedAt) {
        this(
                id,
                centreId,
                username,
                passwordHash,
                fullName,
                email,
                roles,
                mustChangePassword,
                enabled,
                createdAt,
                passwordChangedAt,
                false);
    }

    private Account(
            UUID id,
            @Nullable UUID centreId,
            String username,
            String passwordHash,
            String fullName,
            @Nullable String email,
            Set<String> roles,
            boolean mustChangePassword,
            boolean enabled,
            Instant createdAt,
            @Nullable Instant passwordChangedAt,
            boolean isNew) {
        this.id = id;
        this.centreId = centreId;
        this.username = username;
        this.passwordHash = passwordHash;
        this.fullName = fullName;
        this.email = email;
        this.roles = new LinkedHashSet<>(roles);
        this.mustChangePassword = mustChangePassword;
        this.enabled = enabled;
        this.createdAt = createdAt;
        this.passwordChangedAt = passwordChangedAt;
        this.isNew = isNew;
    }

    /** A new account that must change its (temporary or demo) password at first sign-in unless told otherwise. */
    static Account open(
            @Nullable UUID centreId,
            String username,
            String passwordHash,
            String fullName,
            @Nullable String email,
            Set<Role> roles,
            boolean mustChangePassword,
            Instant now) {
        Set<String> names = roles.stream().map(Role::name).collect(Collectors.toCollection(LinkedHashSet::new));
        return new Account(
                UUID.randomUUID(),
                centreId,
                username,
                passwordHash,
                fullName,
                email,
                names,
                mustChangePassword,
                true,
                now,
                null,
                true);
    }

    void setPassword(String newHash, boolean temporary, Instant now) {
        this.passwordHash = newHash;
        this.mustChangePassword = temporary;
        this.passwordChangedAt = now;
    }

    @Override
    public UUID getId() {
        return id;
    }

    @Override
    public boolean isNew() {
        return isNew;
    }

    @Nullable
    UUID centreId() {
        return centreId;
    }

    String username() {
        return username;
    }

    String passwordHash() {
        return passwordHash;
    }

    String fullName() {
        return fullName;
    }

    @Nullable
    String email() {
        return email;
    }

    boolean enabled() {
        return enabled;
    }

    boolean mustChangePassword() {
        return mustChangePassword;
    }

    Set<Role> roles() {
        return roles(roles);
    }

    /** Roles as stored (their names in {@code identity.account.roles}). */
    static Set<Role> roles(Iterable<String> names) {
        Set<Role> result = EnumSet.noneOf(Role.class);
        names.forEach(name -> result.add(Role.valueOf(name)));
        return result;
    }

    SignedInUser signedIn() {
        return new SignedInUser(id, username, fullName, roles(), centreId, mustChangePassword);
    }

    AccountSummary summary(boolean locked) {
        return new AccountSummary(id, username, fullName, email, roles(), enabled, mustChangePassword, locked);
    }
}
