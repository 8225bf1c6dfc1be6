package vn.edu.ecenter.identity;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Accounts and credentials. Every method checks that the signed-in user may call it. */
public interface Identity {

    /**
     * The staff accounts of the centre the signed-in user works in (director, or system administrator acting there):
     * every account except those that are only a learner's or a guardian's, which the learner pages handle.
     */
    List<AccountSummary> accountsOfCurrentCentre();

    /** Opens an account in the current centre with a temporary password. */
    IssuedPassword createAccount(CreateAccount command);

    /**
     * Opens accounts for learners, guardians and teachers of the current centre (director or clerk, or a system
     * administrator acting there) without a usable password, so that thousands open in one go; nobody can sign in with
     * them until {@link #issueFirstPasswords} gives them a temporary password. An account of the current centre that
     * already has the username is kept (and given the role if it lacked it); a username taken in another centre is
     * rejected, and then nothing is opened.
     *
     * @return the account id of each username, in the order given
     */
    Map<String, UUID> openAccounts(List<NewAccount> accounts);

    /**
     * Gives the chosen accounts of the current centre (learners, guardians, teachers only) a temporary password that
     * must be changed at first sign-in (director or clerk). Shown once, e.g. on printed slips.
     */
    List<IssuedPassword> issueFirstPasswords(Collection<UUID> accountIds);

    /** Whether the account of the current centre has been given a password that someone can sign in with. */
    Map<UUID, Boolean> hasUsablePassword(Collection<UUID> accountIds);

    /** Disables an account of the current centre (director or clerk), e.g. for a de-identified learner. */
    void disableAccount(UUID accountId, String reason);

    /** Opens an account with the given password (system administrator only); skips a username already taken. */
    boolean provisionAccount(ProvisionAccount command);

    /**
     * Gives the named bulk accounts (learners, guardians, teachers) of a centre one known password, not to be changed
     * at sign-in (system administrator only): for a demo centre, whose learners sign in with the demo password. The
     * password is hashed once for all of them. Names of other centres' accounts or of staff are skipped.
     *
     * @return how many accounts got the password
     */
    int provisionSharedPassword(UUID centreId, Collection<String> usernames, String password);

    /** Gives an account a new temporary password, revokes its API tokens and tells its owner by e-mail. */
    IssuedPassword resetPassword(UUID accountId, String reason);

    /** Changes the signed-in user's own password after checking the current one. */
    void changeOwnPassword(String currentPassword, String newPassword);

    /** The signed-in system administrator, now acting inside the given centre (or back at system level). */
    SignedInUser actInCentre(SignedInUser administrator, Optional<UUID> centreId);

    /** Checks the credentials (with the same throttling as the sign-in form) and issues a bearer token. */
    ApiToken issueToken(String username, String password);

    /** The user a bearer token stands for, while it has not expired and was not revoked. */
    Optional<SignedInUser> userOfToken(String token);
}
