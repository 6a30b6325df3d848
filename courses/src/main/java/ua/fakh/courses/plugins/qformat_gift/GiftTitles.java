package ua.fakh.courses.plugins.qformat_gift;

/** A title for a question the file gave none: the start of its text, as Moodle does. */
final class GiftTitles {
    static final int LENGTH = 60;

    private GiftTitles() {
    }

    static String from(String text) {
        String plain = text.replaceAll("<[^>]*>", " ").replaceAll("\\s+", " ").strip();
        if (plain.length() <= LENGTH) {
            return plain;
        }
        int cut = plain.lastIndexOf(' ', LENGTH);
        return plain.substring(0, cut > LENGTH / 2 ? cut : LENGTH).strip() + "…";
    }
}
