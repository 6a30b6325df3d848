package ua.fakh.core.common;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * {@code Content-Disposition} that keeps a Cyrillic file name intact in every browser: an ASCII
 * fallback in {@code filename} and the real name, UTF-8 percent-encoded, in {@code filename*} (RFC 6266).
 * Micronaut's {@code StreamedFile.attach} writes the same for attachments only, so every file Fakh hands
 * out (inline or saved) is named here.
 */
public final class ContentDisposition {
    private ContentDisposition() {
    }

    /** The browser saves the file under this name. */
    public static String attachment(String filename) {
        return of(filename, true);
    }

    /** The browser shows the file, and saves it under this name if asked. */
    public static String inline(String filename) {
        return of(filename, false);
    }

    public static String of(String filename, boolean attachment) {
        String ascii = filename.replaceAll("[^\\x20-\\x7E]", "_").replace("\"", "").replace("\\", "");
        String encoded = URLEncoder.encode(filename, StandardCharsets.UTF_8).replace("+", "%20");
        return (attachment ? "attachment" : "inline") + "; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }
}
