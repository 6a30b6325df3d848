package ua.fakh.core.plugins.storage_s3;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.CompletedPart;
import ua.fakh.core.storage.StoredBlob;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A blob larger than one part. Its SHA-256 is known only after the last byte, but S3 takes user
 * metadata when an upload starts; so the parts go to a staging key first, and a server-side
 * multipart copy (which sets the metadata) puts the finished object under its real key in one
 * atomic step. An existing blob under that key stays readable until then, and any failure aborts
 * the upload or copy in progress and deletes the staging object: nothing is left behind.
 */
final class MultipartWrite {
    /** Blob keys never start with '.', so staging keys cannot collide with them. */
    static final String STAGING_PREFIX = ".fakh-uploads/";
    /** S3's limit on parts per upload. */
    static final int MAX_PARTS = 10_000;
    private static final Logger LOG = LoggerFactory.getLogger(MultipartWrite.class);

    private final S3Client s3;
    private final String bucket;
    private final long copyPartSize;

    MultipartWrite(S3Client s3, String bucket, long copyPartSize) {
        this.s3 = s3;
        this.bucket = bucket;
        this.copyPartSize = copyPartSize;
    }

    /** Uploads {@code part} (already holding {@code firstLength} bytes) and the rest of {@code reader}. */
    StoredBlob write(String key, PartReader reader, byte[] part, int firstLength) throws IOException {
        String staging = STAGING_PREFIX + UUID.randomUUID();
        uploadParts(staging, reader, part, firstLength);
        try {
            String sha256 = reader.sha256Hex();
            copy(staging, key, reader.total(), sha256);
            return new StoredBlob(key, reader.total(), sha256);
        } finally {
            try {
                s3.deleteObject(b -> b.bucket(bucket).key(staging));
            } catch (RuntimeException e) {
                // the blob itself is fine; a bucket lifecycle rule on the prefix can sweep what is left
                LOG.warn("Could not delete the staging object {}: {}", staging, e.toString());
            }
        }
    }

    private void uploadParts(String staging, PartReader reader, byte[] part, int firstLength) throws IOException {
        String uploadId = s3.createMultipartUpload(b -> b.bucket(bucket).key(staging)
                .contentType(S3BlobStore.CONTENT_TYPE)).uploadId();
        try {
            List<CompletedPart> parts = new ArrayList<>();
            int length = firstLength;
            while (true) {
                parts.add(uploadPart(staging, uploadId, parts.size() + 1, part, length));
                if (reader.finished()) {
                    break;
                }
                if (parts.size() == MAX_PARTS) {
                    throw new IOException("An S3 upload has at most " + MAX_PARTS
                            + " parts: raise fakh.plugins.storage_s3.part-size for files this large");
                }
                length = reader.fill(part, 0);
            }
            s3.completeMultipartUpload(b -> b.bucket(bucket).key(staging).uploadId(uploadId)
                    .multipartUpload(m -> m.parts(parts)));
        } catch (Throwable failure) {
            abort(staging, uploadId, failure);
            throw failure;
        }
    }

    private CompletedPart uploadPart(String staging, String uploadId, int number, byte[] part, int length) {
        // a provider, not a copy of the bytes: the SDK re-reads it from the start when it retries
        RequestBody body = RequestBody.fromContentProvider(() -> new ByteArrayInputStream(part, 0, length),
                length, S3BlobStore.CONTENT_TYPE);
        String eTag = s3.uploadPart(b -> b.bucket(bucket).key(staging).uploadId(uploadId).partNumber(number)
                .contentLength((long) length), body).eTag();
        return CompletedPart.builder().partNumber(number).eTag(eTag).build();
    }

    /** Multipart copy rather than CopyObject: the latter stops at 5 GB. */
    private void copy(String staging, String key, long size, String sha256) {
        String uploadId = s3.createMultipartUpload(b -> b.bucket(bucket).key(key)
                .contentType(S3BlobStore.CONTENT_TYPE).metadata(Map.of(S3BlobStore.SHA256, sha256))).uploadId();
        try {
            List<CompletedPart> parts = new ArrayList<>();
            for (long first = 0; first < size; first += copyPartSize) {
                int number = parts.size() + 1;
                String range = "bytes=" + first + "-" + (Math.min(size, first + copyPartSize) - 1);
                String eTag = s3.uploadPartCopy(b -> b.sourceBucket(bucket).sourceKey(staging)
                        .destinationBucket(bucket).destinationKey(key).uploadId(uploadId)
                        .partNumber(number).copySourceRange(range)).copyPartResult().eTag();
                parts.add(CompletedPart.builder().partNumber(number).eTag(eTag).build());
            }
            s3.completeMultipartUpload(b -> b.bucket(bucket).key(key).uploadId(uploadId)
                    .multipartUpload(m -> m.parts(parts)));
        } catch (Throwable failure) {
            abort(key, uploadId, failure);
            throw failure;
        }
    }

    private void abort(String key, String uploadId, Throwable failure) {
        try {
            s3.abortMultipartUpload(b -> b.bucket(bucket).key(key).uploadId(uploadId));
        } catch (RuntimeException e) {
            failure.addSuppressed(e);
        }
    }
}
