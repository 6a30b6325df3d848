package ua.fakh.core.analytics;

/**
 * The privacy rule of territory reports, said once: a group of fewer than {@link #THRESHOLD} people
 * is shown as {@link #HIDDEN}, and enough other cells are hidden beside it that no hidden number can be
 * recovered by subtracting the shown ones from a total. Zero is shown: "nobody was trained here" names
 * nobody.
 */
public final class SmallCells {

    /** The smallest group shown as a number. */
    public static final int THRESHOLD = 5;

    /** What a reader sees instead of a small number, in every language, page and export. */
    public static final String HIDDEN = "<5";

    private SmallCells() {
    }
}
