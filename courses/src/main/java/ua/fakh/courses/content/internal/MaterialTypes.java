package ua.fakh.courses.content.internal;

import org.apache.tika.Tika;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;

import java.io.IOException;
import java.io.InputStream;
import java.util.Set;

/**
 * Which files a course may hold, decided from their first bytes (Apache Tika's magic numbers),
 * the name only as a hint. An allow-list: documents, images, audio, video, archives of them. Everything
 * else — executables, scripts, HTML, SVG (which can carry scripts) — is refused.
 */
final class MaterialTypes {
    private static final Tika TIKA = new Tika();
    private static final Set<String> DOCUMENTS = Set.of(
            "application/pdf", "text/plain", "text/csv", "text/markdown", "application/rtf",
            "application/msword", "application/vnd.ms-excel", "application/vnd.ms-powerpoint",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "application/vnd.openxmlformats-officedocument.presentationml.presentation",
            "application/vnd.oasis.opendocument.text", "application/vnd.oasis.opendocument.spreadsheet",
            "application/vnd.oasis.opendocument.presentation", "application/epub+zip",
            "image/png", "image/jpeg", "image/gif", "image/webp");

    private MaterialTypes() {
    }

    /** Detects from the stream, which must support mark/reset (it is reset afterwards). */
    static String detect(InputStream markable, String filename) throws IOException {
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, filename);
        return TIKA.detect(markable, metadata);
    }

    static boolean isMedia(String mediaType) {
        return mediaType.startsWith("audio/") || mediaType.startsWith("video/");
    }

    static boolean isAllowed(String mediaType) {
        return isMedia(mediaType) || DOCUMENTS.contains(mediaType);
    }
}
