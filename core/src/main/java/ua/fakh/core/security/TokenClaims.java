package ua.fakh.core.security;

/** Names of the claims Fakh puts into its JWTs besides the standard ones. */
public final class TokenClaims {
    /** The user's id; {@code sub} is the e-mail, as Micronaut Security's "username". */
    public static final String USER_ID = "uid";
    public static final String LOCALE = "locale";
    /** The user's session version when the token was issued: an older one than the database's is refused. */
    public static final String SESSION_VERSION = "sv";

    private TokenClaims() {
    }
}
