package vn.edu.ecenter.identity;

import java.io.Serializable;
import java.util.UUID;

/**
 * A temporary password, shown once to the administrator who created or reset the account (it crosses one redirect in
 * the session, hence serialisable).
 */
public record IssuedPassword(UUID accountId, String username, String temporaryPassword) implements Serializable {}
