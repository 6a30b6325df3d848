package ua.fakh.courses.content.internal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * {@code Content-Disposition} that keeps a Cyrillic file name intact in every browser: an ASCII
 * fallback in {@code filename} and the real name, UTF-8 percent-encoded, in {@code filename*} (RFC 6266).
 */
final class ContentDisposition {
    private ContentDisposition() {
    }

    static String of(String filename, boolean attachment) {
        String ascii = filename.replaceAll("[^\\x20-\\x7E]", "_").replace("\"", "").replace("\\", "");
        String encoded = URLEncoder.encode(filename, StandardCharsets.UTF_8).replace("+", "%20");
        return (attachment ? "attachment" : "inline") + "; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }
}
