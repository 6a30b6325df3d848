package ua.fakh.core.plugins.storage_filesystem;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ua.fakh.core.storage.BlobStore;
import ua.fakh.core.storage.BlobStoreContract;
import ua.fakh.core.storage.BlobTooLargeException;
import ua.fakh.core.storage.GeneratedBytes;
import ua.fakh.core.storage.StoredBlob;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FilesystemBlobStoreTest extends BlobStoreContract {
    @TempDir
    Path root;

    private FilesystemBlobStore store;

    @Override
    protected BlobStore store() {
        if (store == null) {
            store = new FilesystemBlobStore(root);
        }
        return store;
    }

    @Test
    void aKeyEndingInSha256DoesNotClobberAnotherBlobsDigest() throws IOException {
        StoredBlob blob = store().write(key("x"), new ByteArrayInputStream(new byte[]{1, 2, 3}), 10);
        store().write(key("x.sha256"), new ByteArrayInputStream("not a digest".getBytes()), 100);

        assertThat(store().stat(key("x"))).contains(blob);
    }

    @Test
    void failedWritesLeaveNoTemporaryFiles() throws IOException {
        store().write(key("kept"), GeneratedBytes.stream(10), 10);
        assertThatThrownBy(() -> store().write(key("broken"), GeneratedBytes.failingAfter(100_000), 1_000_000))
                .isInstanceOf(IOException.class);
        assertThatThrownBy(() -> store().write(key("big"), GeneratedBytes.stream(1000), 999))
                .isInstanceOf(BlobTooLargeException.class);

        try (Stream<Path> files = Files.walk(root)) {
            assertThat(files.filter(Files::isRegularFile).map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("kept", ".kept.sha256");
        }
    }

    @Test
    void recomputesADigestThatWentMissing() throws IOException {
        StoredBlob blob = store().write(key("orphan"), GeneratedBytes.stream(5000), 5000);
        Files.delete(root.resolve(key("orphan")).resolveSibling(".orphan.sha256"));

        assertThat(store().stat(key("orphan"))).contains(blob);
    }
}
