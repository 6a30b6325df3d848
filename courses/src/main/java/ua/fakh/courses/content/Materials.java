package ua.fakh.courses.content;

import io.micronaut.core.annotation.Nullable;
import ua.fakh.core.security.Caller;
import ua.fakh.courses.spi.MaterialInfo;

import java.io.InputStream;
import java.util.List;
import java.util.UUID;

/**
 * Files of a course (handouts, slides, recordings). Uploads stream to the blob store; the media
 * type is detected from the bytes, executables and scripts are refused, and a failed upload leaves
 * neither a blob nor a row.
 */
public interface Materials {

    /**
     * @throws ua.fakh.core.errors.UnsupportedMediaTypeException (415) for a refused type
     * @throws ua.fakh.core.storage.BlobTooLargeException (413) past the limit of its kind
     */
    MaterialInfo upload(UUID courseId, String filename, InputStream content, Caller actor);

    List<MaterialInfo> list(UUID courseId, Caller actor);

    /** The material's description, after the same access check as {@link #open}. */
    MaterialInfo describe(UUID materialId, @Nullable Caller caller);

    /** Opens the bytes from {@code offset}, {@code length} of them ({@code -1}: to the end), after the access check. */
    Download open(UUID materialId, @Nullable Caller caller, long offset, long length);

    /** Only while no lesson (draft or published) uses it; 409 otherwise. */
    void delete(UUID materialId, Caller actor);

    /** An opened material: its description and a stream the caller must close. */
    record Download(MaterialInfo info, InputStream content) {
    }
}
