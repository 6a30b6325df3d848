package ua.fakh.core.analytics.boundaries;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.http.multipart.CompletedPart;
import io.micronaut.http.server.multipart.MultipartBody;
import reactor.core.publisher.Flux;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A boundary upload as a form or a script sends it (multipart: the part {@code file} and, optionally,
 * the text part {@code property}). The file part waits in a temporary file past
 * {@code micronaut.server.multipart.threshold}, so a large file is never whole in the heap; it is
 * refused with 413 by its declared length before a byte is read, and counted as it streams.
 *
 * @param file     the GeoJSON, or null when the form sent no file (a browser's empty part has no name)
 * @param property the property naming the KATOTTG code, or null
 */
public record BoundaryUpload(@Nullable CompletedPart file, @Nullable String property) {
    /** Room for the multipart framing and the text part around the file. */
    private static final long FRAMING = 64 * 1024;
    private static final int MAX_PROPERTY = 200;

    /** Reads the parts of {@code body} once {@code declaredLength} (-1 when unknown) passed the limit check. */
    public static BoundaryUpload of(MultipartBody body, long declaredLength, BoundarySettings settings) {
        long limit = settings.maxBoundaryBytes();
        if (declaredLength > limit + FRAMING) {
            throw settings.tooLarge();
        }
        CompletedPart file = null;
        String property = null;
        List<CompletedPart> parts = Flux.from(body).collectList().block();
        for (CompletedPart part : parts == null ? List.<CompletedPart>of() : parts) {
            if (part.getName().equals("file") && !(part instanceof CompletedFileUpload upload && blank(upload.getFilename()))) {
                file = part;
            } else if (part.getName().equals("property")) {
                property = text(part);
            }
        }
        return new BoundaryUpload(file, property);
    }

    /** The file's bytes as they stream from the temporary file. */
    public InputStream open() throws IOException {
        if (file == null) {
            throw new IllegalStateException("no file part");
        }
        return file.getInputStream();
    }

    private static boolean blank(@Nullable String filename) {
        return filename == null || filename.isBlank();
    }

    private static String text(CompletedPart part) {
        try (InputStream in = part.getInputStream()) {
            byte[] bytes = in.readNBytes(MAX_PROPERTY + 1);
            return new String(bytes, 0, Math.min(bytes.length, MAX_PROPERTY), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
