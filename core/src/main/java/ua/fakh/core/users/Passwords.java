package ua.fakh.core.users;

/** Password rules shared by the API, the pages and the CSV import. */
public final class Passwords {
    public static final int MIN_LENGTH = 10;
    public static final int MAX_LENGTH = 200;

    private Passwords() {
    }
}
