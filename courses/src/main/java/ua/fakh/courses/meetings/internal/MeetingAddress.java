package ua.fakh.courses.meetings.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** A meeting address a trainer typed: an absolute http(s) URL with a host, nothing else (no javascript:, no control characters). */
final class MeetingAddress {
    static final int MAX_LENGTH = 2000;

    private MeetingAddress() {
    }

    static boolean isWebAddress(String text) {
        if (text.length() > MAX_LENGTH || text.chars().anyMatch(c -> c < 0x20 || c == 0x7f || Character.isWhitespace(c))) {
            return false;
        }
        try {
            URI uri = new URI(text);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null && !uri.getHost().isBlank();
        } catch (URISyntaxException malformed) {
            return false;
        }
    }
}
