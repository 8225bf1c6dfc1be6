package vn.edu.ecenter.identity;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Accounts and credentials. Every method checks that the signed-in user may call it. */
public interface Identity {

    /** The accounts of the centre the signed-in user works in (director, or system administrator acting there). */
    List<AccountSummary> accountsOfCurrentCentre();

    /** Opens an account in the current centre with a temporary password. */
    IssuedPassword createAccount(CreateAccount command);

    /** Opens an account with the given password (system administrator only); skips a username already taken. */
    boolean provisionAccount(ProvisionAccount command);

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
