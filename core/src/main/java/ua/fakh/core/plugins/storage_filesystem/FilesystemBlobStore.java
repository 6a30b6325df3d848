package ua.fakh.core.plugins.storage_filesystem;

import jakarta.inject.Singleton;
import ua.fakh.core.config.FakhSettings;
import ua.fakh.core.plugins.PluginDescriptor;
import ua.fakh.core.storage.BlobKeys;
import ua.fakh.core.storage.BlobNotFoundException;
import ua.fakh.core.storage.BlobStore;
import ua.fakh.core.storage.BlobTooLargeException;
import ua.fakh.core.storage.StoredBlob;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.DigestInputStream;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;

/**
 * Blobs as files under {@code <data dir>/blobs}: written to a temporary file in the same directory,
 * then moved into place atomically, so a reader never sees half a file and a broken upload leaves
 * nothing. The SHA-256 sits beside the blob in {@code .<name>.sha256}: blob keys never start with
 * '.', so neither it nor the temporary files can collide with another blob.
 */
@Singleton
public class FilesystemBlobStore implements BlobStore {
    static final String ID = "storage_filesystem";
    private static final String DIGEST_SUFFIX = ".sha256";
    private static final int BUFFER = 64 * 1024;

    private final Path root;
    /** Blob and digest are two files: writers, stat and delete of one key take its lock so they match. */
    private final Object[] locks = new Object[64];

    public FilesystemBlobStore(FakhSettings settings) {
        this(settings.dataDir().resolve("blobs"));
    }

    FilesystemBlobStore(Path root) {
        this.root = root.toAbsolutePath().normalize();
        for (int i = 0; i < locks.length; i++) {
            locks[i] = new Object();
        }
    }

    @Override
    public PluginDescriptor descriptor() {
        return PluginDescriptor.of(ID, "1.0.0");
    }

    /** The data directory needs no settings: used unless another store is chosen. */
    @Override
    public boolean isDefault() {
        return true;
    }

    @Override
    public StoredBlob write(String key, InputStream content, long maxBytes) throws IOException {
        Path target = resolve(key);
        Files.createDirectories(target.getParent());
        String upload = ".upload-" + UUID.randomUUID();
        Path temporary = target.resolveSibling(upload);
        Path temporaryDigest = target.resolveSibling(upload + DIGEST_SUFFIX);
        try {
            MessageDigest sha256 = sha256();
            long size = 0;
            try (OutputStream out = new DigestOutputStream(Files.newOutputStream(temporary, StandardOpenOption.CREATE_NEW), sha256)) {
                byte[] buffer = new byte[BUFFER];
                int read;
                while ((read = content.read(buffer)) != -1) {
                    size += read;
                    if (size > maxBytes) {
                        throw new BlobTooLargeException(maxBytes);
                    }
                    out.write(buffer, 0, read);
                }
            }
            String hex = HexFormat.of().formatHex(sha256.digest());
            Files.writeString(temporaryDigest, hex, StandardCharsets.US_ASCII, StandardOpenOption.CREATE_NEW);
            // the digest is written last-but-one and moved right after the blob: an existing blob keeps
            // its own digest until the new bytes are in place
            synchronized (lockFor(key)) {
                move(temporary, target);
                move(temporaryDigest, digestFile(target));
            }
            return new StoredBlob(key, size, hex);
        } finally {
            Files.deleteIfExists(temporary);
            Files.deleteIfExists(temporaryDigest);
        }
    }

    @Override
    public Optional<StoredBlob> stat(String key) throws IOException {
        Path file = resolve(key);
        synchronized (lockFor(key)) {
            if (!Files.isRegularFile(file)) {
                return Optional.empty();
            }
            return Optional.of(new StoredBlob(key, Files.size(file), digestOf(file)));
        }
    }

    @Override
    public InputStream read(String key, long offset, long length) throws IOException {
        Path file = resolve(key);
        if (offset < 0) {
            throw new IllegalArgumentException("Negative offset " + offset);
        }
        if (!Files.isRegularFile(file)) {
            throw new BlobNotFoundException(key); // also when the key names a directory of other blobs
        }
        SeekableByteChannel channel;
        try {
            channel = Files.newByteChannel(file, StandardOpenOption.READ);
        } catch (NoSuchFileException deletedMeanwhile) {
            throw new BlobNotFoundException(key);
        }
        try {
            channel.position(offset);
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
        InputStream in = Channels.newInputStream(channel);
        return length < 0 ? in : new BoundedInputStream(in, length);
    }

    @Override
    public boolean delete(String key) throws IOException {
        Path file = resolve(key);
        synchronized (lockFor(key)) {
            if (!Files.isRegularFile(file)) {
                return false;
            }
            boolean deleted = Files.deleteIfExists(file);
            Files.deleteIfExists(digestFile(file));
            return deleted;
        }
    }

    private Path resolve(String key) {
        Path path = root.resolve(BlobKeys.check(key)).normalize();
        if (!path.startsWith(root)) {
            throw new IllegalArgumentException("Invalid blob key: " + key);
        }
        return path;
    }

    private Object lockFor(String key) {
        return locks[Math.floorMod(key.hashCode(), locks.length)];
    }

    private static Path digestFile(Path blob) {
        return blob.resolveSibling("." + blob.getFileName() + DIGEST_SUFFIX);
    }

    /** The stored digest; recomputed from the bytes when it is missing (a crash between the two moves). */
    private static String digestOf(Path file) throws IOException {
        Path digest = digestFile(file);
        if (Files.isRegularFile(digest)) {
            return Files.readString(digest, StandardCharsets.US_ASCII).strip();
        }
        MessageDigest sha256 = sha256();
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), sha256)) {
            in.transferTo(OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(sha256.digest());
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
