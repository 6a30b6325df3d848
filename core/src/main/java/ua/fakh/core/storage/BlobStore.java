package ua.fakh.core.storage;

import ua.fakh.core.plugins.Plugin;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/**
 * SPI for where file bytes live (plugin type {@code storage}). Implementations are thread-safe beans.
 *
 * <p>Keys are relative paths of {@code [A-Za-z0-9._-]} segments separated by '/', never '..' or
 * empty segments ({@link BlobKeys#check}). Writing streams: the content is never held whole in memory.
 * A write that fails (the stream breaks, the limit is passed) leaves nothing behind under the key.
 * Writing an existing key replaces it only when the new write completes.
 */
public interface BlobStore extends Plugin {

    /**
     * Streams {@code content} to {@code key}, computing size and SHA-256 on the way.
     *
     * @throws BlobTooLargeException when more than {@code maxBytes} arrive (nothing is kept)
     * @throws IOException when reading the content or writing the store fails (nothing is kept)
     */
    StoredBlob write(String key, InputStream content, long maxBytes) throws IOException;

    /** Size and SHA-256 of a stored blob, or empty when there is none. */
    Optional<StoredBlob> stat(String key) throws IOException;

    /**
     * Reads {@code length} bytes from {@code offset} ({@code length < 0}: to the end); fewer when the blob
     * ends first, none when {@code offset} is at or past its end. The caller closes the stream.
     *
     * @throws BlobNotFoundException when there is no such blob
     */
    InputStream read(String key, long offset, long length) throws IOException;

    /**
     * Whether this store is used when {@code fakh.storage.plugin} names none: the one that needs no
     * settings (the data directory). At most one store says so.
     */
    default boolean isDefault() {
        return false;
    }

    /** Deletes the blob; true when there was one. */
    boolean delete(String key) throws IOException;

    /**
     * Called once at start-up on the active store only: throws {@link IllegalStateException} naming
     * what is missing when the store cannot work as configured, so the application stops instead of
     * failing the first upload. Must be cheap (no network round trips). By default nothing to check.
     */
    default void checkConfiguration() {
    }
}
