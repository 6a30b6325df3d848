package ua.fakh.courses.analytics.internal;

/**
 * A row of a gain table: {@code key} identifies it within its dimension (an organisation's id, a kind's
 * code, {@link #NONE}), {@code label} is what the reader sees.
 */
record GainGroup(String key, String label) {
    static final String NONE = "none";

    boolean none() {
        return NONE.equals(key);
    }
}
