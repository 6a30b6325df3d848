package ua.fakh.core.plugins.storage_s3;

import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectRequest;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.S3Exception;
import ua.fakh.core.plugins.PluginDescriptor;
import ua.fakh.core.storage.BlobKeys;
import ua.fakh.core.storage.BlobNotFoundException;
import ua.fakh.core.storage.BlobStore;
import ua.fakh.core.storage.StoredBlob;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;

/**
 * Blobs as objects in one bucket of an S3-compatible store (AWS S3, MinIO, Ceph, Garage …), keyed
 * by the blob key; the SHA-256 travels as the object's user metadata {@code sha256}. Configured by
 * {@link S3Settings}; the client is built on first use, so the bean costs nothing where S3 is unused.
 *
 * <p>A write holds at most one part in memory ({@code part-size}): content that fits is sent with
 * one PutObject, anything longer as a multipart upload ({@link MultipartWrite}). Incomplete uploads
 * of a crashed node stay in the bucket; a lifecycle rule "abort incomplete multipart uploads" and
 * one expiring {@code .fakh-uploads/} clean them up.
 */
@Singleton
public class S3BlobStore implements BlobStore {
    static final String ID = "storage_s3";
    static final String SHA256 = "sha256";
    static final String CONTENT_TYPE = "application/octet-stream";
    /** Size of the ranges a multipart copy moves server-side (AWS allows 5 MB to 5 GB). */
    static final long COPY_PART_SIZE = 1L << 30;
    private static final int FIRST_READ = 64 * 1024;

    private final S3Connection connection;
    private final long copyPartSize;

    public S3BlobStore(S3Settings settings) {
        this(settings, COPY_PART_SIZE);
    }

    /** For tests: small copy parts exercise a multi-part server-side copy with small blobs. */
    S3BlobStore(S3Settings settings, long copyPartSize) {
        this.connection = new S3Connection(settings);
        this.copyPartSize = copyPartSize;
    }

    @Override
    public PluginDescriptor descriptor() {
        return PluginDescriptor.of(ID, "1.0.0");
    }

    @Override
    public void checkConfiguration() {
        connection.check();
    }

    @Override
    public StoredBlob write(String key, InputStream content, long maxBytes) throws IOException {
        BlobKeys.check(key);
        S3Client s3 = connection.client(); // an unconfigured store fails before reading any content
        PartReader reader = new PartReader(content, maxBytes);
        int partSize = connection.settings().partSize();
        // most files are small: allocate a whole part only once the content turns out to need it
        byte[] first = new byte[Math.min(partSize, FIRST_READ)];
        int filled = reader.fill(first, 0);
        if (!reader.finished() && first.length < partSize) {
            first = Arrays.copyOf(first, partSize);
            filled = reader.fill(first, filled);
        }
        if (!reader.finished()) {
            return new MultipartWrite(s3, connection.bucket(), copyPartSize)
                    .write(key, reader, first, filled);
        }
        byte[] part = first;
        int length = filled;
        String sha256 = reader.sha256Hex();
        RequestBody body = RequestBody.fromContentProvider(() -> new ByteArrayInputStream(part, 0, length),
                length, CONTENT_TYPE);
        s3.putObject(b -> b.bucket(connection.bucket()).key(key).contentType(CONTENT_TYPE)
                .contentLength((long) length).metadata(Map.of(SHA256, sha256)), body);
        return new StoredBlob(key, length, sha256);
    }

    @Override
    public Optional<StoredBlob> stat(String key) throws IOException {
        BlobKeys.check(key);
        HeadObjectResponse head;
        try {
            head = connection.client().headObject(b -> b.bucket(connection.bucket()).key(key));
        } catch (S3Exception e) {
            if (e.statusCode() == 404) {
                return Optional.empty();
            }
            throw e;
        }
        String sha256 = head.metadata().get(SHA256);
        return Optional.of(new StoredBlob(key, head.contentLength(), sha256 != null ? sha256 : digestOf(key)));
    }

    @Override
    public InputStream read(String key, long offset, long length) throws IOException {
        BlobKeys.check(key);
        if (offset < 0) {
            throw new IllegalArgumentException("Negative offset " + offset);
        }
        if (length == 0) {
            // S3 has no empty range; still answer "not found" for a missing blob
            stat(key).orElseThrow(() -> new BlobNotFoundException(key));
            return InputStream.nullInputStream();
        }
        GetObjectRequest.Builder request = GetObjectRequest.builder().bucket(connection.bucket()).key(key);
        if (offset > 0 || length > 0) {
            request.range("bytes=" + offset + "-" + (length > 0 ? String.valueOf(offset + length - 1) : ""));
        }
        try {
            return connection.client().getObject(request.build());
        } catch (S3Exception e) {
            if (e.statusCode() == 404) {
                throw new BlobNotFoundException(key);
            }
            if (e.statusCode() == 416) {
                return InputStream.nullInputStream(); // the blob exists and ends before offset
            }
            throw e;
        }
    }

    @Override
    public boolean delete(String key) throws IOException {
        // S3 deletes idempotently and does not say whether there was an object: ask first
        if (stat(key).isEmpty()) {
            return false;
        }
        connection.client().deleteObject(b -> b.bucket(connection.bucket()).key(key));
        return true;
    }

    @PreDestroy
    void close() {
        connection.close();
    }

    /** Objects put into the bucket by other tools carry no digest: compute it by reading them once. */
    private String digestOf(String key) throws IOException {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            try (InputStream in = new DigestInputStream(read(key, 0, -1), sha256)) {
                in.transferTo(OutputStream.nullOutputStream());
            }
            return HexFormat.of().formatHex(sha256.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
