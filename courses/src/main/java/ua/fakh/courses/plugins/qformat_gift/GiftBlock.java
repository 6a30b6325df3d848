package ua.fakh.courses.plugins.qformat_gift;

/** One question's lines (comments left out), or a {@code $CATEGORY:} line, and the line where it starts. */
record GiftBlock(int line, String text, boolean category) {
}
