package ua.fakh.core.plugins.storage_s3;

import io.micronaut.context.ApplicationContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Object;
import ua.fakh.core.storage.BlobStore;
import ua.fakh.core.storage.BlobStoreContract;
import ua.fakh.core.storage.BlobTooLargeException;
import ua.fakh.core.storage.Blobs;
import ua.fakh.core.storage.GeneratedBytes;
import ua.fakh.core.storage.StoredBlob;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The S3 plugin against s3proxy in the same JVM: the whole blob store contract, plus what S3 adds. */
class S3BlobStoreIT extends BlobStoreContract {
    /** The smallest part S3 (and s3proxy) accepts, so the 20 MB contract blob is five parts. */
    static final int PART_SIZE = 5 * 1024 * 1024;
    /** Small server-side copy ranges, so the 20 MB blob is also copied in several parts. */
    static final long COPY_PART_SIZE = 8L * 1024 * 1024;
    static final String BUCKET = "fakh-blobs";

    static S3ProxyServer server;
    static S3Client s3;
    static S3BlobStore store;

    @BeforeAll
    static void startS3() throws Exception {
        server = new S3ProxyServer();
        s3 = server.client();
        s3.createBucket(b -> b.bucket(BUCKET));
        store = new S3BlobStore(server.settings(BUCKET, PART_SIZE), COPY_PART_SIZE);
    }

    @AfterAll
    static void stopS3() throws Exception {
        store.close();
        s3.close();
        server.close();
    }

    @Override
    protected BlobStore store() {
        return store;
    }

    @Override
    protected int partSize() {
        return PART_SIZE;
    }

    @Test
    void keepsTheSha256AsObjectMetadata() throws IOException {
        StoredBlob small = store.write(key("small"), new ByteArrayInputStream(new byte[]{1, 2, 3}), 10);
        StoredBlob large = store.write(key("large"), GeneratedBytes.stream(3L * PART_SIZE + 1), 4L * PART_SIZE);

        assertThat(s3.headObject(b -> b.bucket(BUCKET).key(key("small"))).metadata())
                .containsEntry("sha256", small.sha256());
        assertThat(s3.headObject(b -> b.bucket(BUCKET).key(key("large"))).metadata())
                .containsEntry("sha256", large.sha256());
    }

    @Test
    void computesTheDigestOfAnObjectPutThereByAnotherTool() throws IOException {
        byte[] bytes = "uploaded with another client".getBytes(StandardCharsets.UTF_8);
        s3.putObject(b -> b.bucket(BUCKET).key(key("foreign")), software.amazon.awssdk.core.sync.RequestBody.fromBytes(bytes));

        assertThat(store.stat(key("foreign"))).contains(new StoredBlob(key("foreign"), bytes.length, sha256(bytes)));
    }

    @Test
    void blobsAtThePartBoundaryRoundTrip() throws IOException {
        for (long size : new long[]{PART_SIZE - 1, PART_SIZE, PART_SIZE + 1}) {
            StoredBlob written = store.write(key("edge-" + size), GeneratedBytes.stream(size), size);

            assertThat(written.sha256()).isEqualTo(GeneratedBytes.sha256(size));
            assertThat(GeneratedBytes.sha256(store.read(key("edge-" + size), 0, -1))).isEqualTo(written.sha256());
        }
    }

    @Test
    void multipartWritesLeaveNoStagingObjectsOrOpenUploads() throws IOException {
        store.write(key("done"), GeneratedBytes.stream(2L * PART_SIZE + 7), 3L * PART_SIZE);
        assertThatThrownBy(() -> store.write(key("too-big"), GeneratedBytes.stream(5L * PART_SIZE), 3L * PART_SIZE))
                .isInstanceOf(BlobTooLargeException.class);
        assertThatThrownBy(() -> store.write(key("broken"), GeneratedBytes.failingAfter(2L * PART_SIZE + 5), 9L * PART_SIZE))
                .isInstanceOf(IOException.class);

        List<String> staging = s3.listObjectsV2(b -> b.bucket(BUCKET).prefix(MultipartWrite.STAGING_PREFIX))
                .contents().stream().map(S3Object::key).toList();
        assertThat(staging).isEmpty();
        assertThat(s3.listMultipartUploads(b -> b.bucket(BUCKET)).uploads()).isEmpty();
    }

    @Test
    void theApplicationStoresFilesInS3WhenConfiguredTo() throws IOException {
        Map<String, Object> configuration = Map.of(
                "fakh.storage.plugin", "storage_s3",
                "fakh.plugins.storage_s3.endpoint", server.endpoint().toString(),
                "fakh.plugins.storage_s3.bucket", BUCKET,
                "fakh.plugins.storage_s3.access-key", S3ProxyServer.ACCESS_KEY,
                "fakh.plugins.storage_s3.secret-key", S3ProxyServer.SECRET_KEY,
                "fakh.plugins.storage_s3.part-size", "5MB");
        try (ApplicationContext context = ApplicationContext.run(configuration, "test")) {
            BlobStore active = context.getBean(Blobs.class).store();
            assertThat(active).isInstanceOf(S3BlobStore.class);
            assertThat(context.getBean(S3Settings.class).partSize()).isEqualTo(PART_SIZE);
            assertThat(context.getBean(S3Settings.class).pathStyleAccess()).isTrue();

            StoredBlob written = active.write(key("via-context"), GeneratedBytes.stream(PART_SIZE + 1), PART_SIZE + 1);

            assertThat(store.stat(key("via-context"))).contains(written);
        }
    }
}
