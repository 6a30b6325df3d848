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
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;

/**
 * Blobs as files under {@code <data dir>/blobs}: written to a temporary file in the same directory,
 * then moved into place atomically, so a reader never sees half a file and a broken upload leaves
 * nothing. The SHA-256 sits beside the blob in {@code <name>.sha256}.
 */
@Singleton
public class FilesystemBlobStore implements BlobStore {
    static final String ID = "storage_filesystem";
    private static final String DIGEST_SUFFIX = ".sha256";
    private static final int BUFFER = 64 * 1024;

    private final Path root;

    public FilesystemBlobStore(FakhSettings settings) {
        this(settings.dataDir().resolve("blobs"));
    }

    FilesystemBlobStore(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    @Override
    public PluginDescriptor descriptor() {
        return PluginDescriptor.of(ID, "1.0.0");
    }

    @Override
    public StoredBlob write(String key, InputStream content, long maxBytes) throws IOException {
        Path target = resolve(key);
        Files.createDirectories(target.getParent());
        Path temporary = target.resolveSibling(".upload-" + UUID.randomUUID());
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
            Files.writeString(digestFile(target), hex, StandardCharsets.US_ASCII);
            move(temporary, target);
            return new StoredBlob(key, size, hex);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    @Override
    public Optional<StoredBlob> stat(String key) throws IOException {
        Path file = resolve(key);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        String hex = Files.readString(digestFile(file), StandardCharsets.US_ASCII).strip();
        return Optional.of(new StoredBlob(key, Files.size(file), hex));
    }

    @Override
    public InputStream read(String key, long offset, long length) throws IOException {
        Path file = resolve(key);
        try {
            SeekableByteChannel channel = Files.newByteChannel(file, StandardOpenOption.READ);
            channel.position(offset);
            InputStream in = Channels.newInputStream(channel);
            return length < 0 ? in : new BoundedInputStream(in, length);
        } catch (NoSuchFileException missing) {
            throw new BlobNotFoundException(key);
        }
    }

    @Override
    public boolean delete(String key) throws IOException {
        Path file = resolve(key);
        Files.deleteIfExists(digestFile(file));
        return Files.deleteIfExists(file);
    }

    private Path resolve(String key) {
        Path path = root.resolve(BlobKeys.check(key)).normalize();
        if (!path.startsWith(root)) {
            throw new IllegalArgumentException("Invalid blob key: " + key);
        }
        return path;
    }

    private static Path digestFile(Path blob) {
        return blob.resolveSibling(blob.getFileName() + DIGEST_SUFFIX);
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
