package ua.fakh.core.plugins.storage_s3;

import org.junit.jupiter.api.Test;
import ua.fakh.core.plugins.PluginSettings;
import ua.fakh.core.storage.Blobs;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** The S3 plugin on an installation that has not configured S3: it exists, and says what is missing when used. */
class S3BlobStoreTest {
    private final S3BlobStore unconfigured = new S3BlobStore(
            new S3Settings(null, null, null, null, null, true, 8 * 1024 * 1024));

    @Test
    void existsWithoutConfiguration() {
        assertThat(unconfigured.descriptor().id()).isEqualTo("storage_s3");
    }

    @Test
    void saysWhatIsMissingWhenUsedUnconfigured() {
        assertThatThrownBy(() -> unconfigured.write("a/b", new ByteArrayInputStream(new byte[1]), 10))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("fakh.plugins.storage_s3.bucket");
        assertThatThrownBy(() -> unconfigured.stat("a/b"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("fakh.plugins.storage_s3.bucket");
    }

    @Test
    void stopsStartUpWhenChosenButUnconfigured() {
        PluginSettings settings = mock(PluginSettings.class);
        when(settings.isEnabled("storage_s3")).thenReturn(true);

        assertThatThrownBy(() -> new Blobs(List.of(unconfigured), settings, "storage_s3"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("fakh.plugins.storage_s3.bucket");
    }

    @Test
    void wantsBothKeysOrNeither() {
        S3Settings halfKeyed = new S3Settings(URI.create("http://s3.local"), null, "b", "access", null, true, 5 << 20);

        assertThatThrownBy(() -> new S3BlobStore(halfKeyed).checkConfiguration())
                .hasMessageContaining("access-key and secret-key");
    }

    @Test
    void keepsTheSecretKeyOutOfItsDescription() {
        S3Settings settings = new S3Settings(null, null, "b", "access", "very-secret", true, 5 << 20);

        assertThat(settings.toString()).doesNotContain("very-secret").contains("access");
        assertThat(settings.region()).isEqualTo("us-east-1");
    }
}
