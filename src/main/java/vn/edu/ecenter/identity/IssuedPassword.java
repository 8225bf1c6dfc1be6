package vn.edu.ecenter.identity;

import java.util.UUID;

/** A temporary password, shown once to the administrator who created or reset the account. */
public record IssuedPassword(UUID accountId, String username, String temporaryPassword) {}
