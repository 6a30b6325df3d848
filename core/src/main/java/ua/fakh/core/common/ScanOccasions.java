package ua.fakh.core.common;

/**
 * Lets one node run a scheduled scan per occasion ({@code grading-digest}, {@code 2026-12-07}):
 * every node asks each few minutes, the first claims it, the others skip it. The claim is part of
 * the caller's transaction, so a scan that fails (rolls back) gives the occasion back for the next try.
 */
public interface ScanOccasions {

    /** True for the one caller that claims {@code occasion} of {@code scan}; must run in a transaction. */
    boolean claim(String scan, String occasion);
}
