package ua.fakh.core.auth;

/** The browser session: the same JWT as the API's bearer token, in an HttpOnly SameSite=Lax cookie. */
public final class SessionCookie {
    public static final String NAME = "fakh_session";
    /** A working day: pages must not log a social worker out in the middle of a module. */
    public static final int LIFETIME_SECONDS = 10 * 3600;

    private SessionCookie() {
    }
}
