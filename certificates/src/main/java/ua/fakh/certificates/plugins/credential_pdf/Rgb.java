package ua.fakh.certificates.plugins.credential_pdf;

import java.util.regex.Pattern;

/** A colour of the page, from a template's {@code #RRGGBB}. */
record Rgb(float red, float green, float blue) {
    static final Rgb TEXT = new Rgb(0.12f, 0.12f, 0.12f);
    static final Rgb MUTED = new Rgb(0.40f, 0.40f, 0.40f);
    private static final Pattern HEX = Pattern.compile("#[0-9a-fA-F]{6}");

    /** The colour {@code hex} names, or {@code fallback} when it is not {@code #RRGGBB}. */
    static Rgb parse(String hex, Rgb fallback) {
        if (hex == null || !HEX.matcher(hex).matches()) {
            return fallback;
        }
        int value = Integer.parseInt(hex.substring(1), 16);
        return new Rgb(((value >> 16) & 0xFF) / 255f, ((value >> 8) & 0xFF) / 255f, (value & 0xFF) / 255f);
    }
}
