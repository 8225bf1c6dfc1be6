package vn.edu.ecenter.identity;

/** A bearer token for {@code /api/v1/**}, as returned by {@code POST /api/v1/auth/token}. */
public record ApiToken(String accessToken, String tokenType, long expiresIn) {}
