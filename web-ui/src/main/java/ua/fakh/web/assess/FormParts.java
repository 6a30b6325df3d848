package ua.fakh.web.assess;

import io.micronaut.http.multipart.CompletedPart;
import io.micronaut.http.server.multipart.MultipartBody;
import reactor.core.publisher.Flux;
import ua.fakh.core.common.SizeLimitedInputStream;
import ua.fakh.core.errors.ValidationException;
import ua.fakh.web.admin.users.CsvText;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * The fields of a file-upload form. Read as a whole body because a browser sends an empty file part
 * when no file was chosen, which a typed {@code @Part} refuses. An uploaded file is decoded as
 * the user import does ({@link CsvText}: UTF-8, else Windows-1251). No part is read past
 * {@link #MAX_FILE_BYTES}: a larger one stays in the server's temporary file and is refused unread.
 */
final class FormParts {
    static final long MAX_FILE_BYTES = 5L * 1024 * 1024;

    private final Map<String, byte[]> parts = new HashMap<>();

    private FormParts() {
    }

    static FormParts read(MultipartBody body) {
        FormParts form = new FormParts();
        for (CompletedPart part : Flux.from(body).collectList().block()) {
            try (var in = part.getInputStream()) {
                form.parts.put(part.getName(), SizeLimitedInputStream.readAtMost(in, (int) MAX_FILE_BYTES,
                        () -> ValidationException.of(part.getName(), "problem.field.fileOver5MB")));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return form;
    }

    String text(String name) {
        byte[] bytes = parts.get(name);
        return bytes == null ? "" : new String(bytes, StandardCharsets.UTF_8);
    }

    /** Whether a file was chosen for the part {@code name} (a browser sends an empty part when none was). */
    boolean hasFile(String name) {
        return parts.getOrDefault(name, new byte[0]).length > 0;
    }

    /** The uploaded file {@code fileName} when one was chosen, else the text field {@code textName}. */
    String fileOrText(String fileName, String textName) {
        byte[] file = parts.getOrDefault(fileName, new byte[0]);
        if (file.length > MAX_FILE_BYTES) {
            throw ValidationException.of(fileName, "problem.field.fileOver5MB");
        }
        return file.length > 0 ? CsvText.decode(file) : text(textName);
    }

}
