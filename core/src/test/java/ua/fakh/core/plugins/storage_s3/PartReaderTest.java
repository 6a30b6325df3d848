package ua.fakh.core.plugins.storage_s3;

import org.junit.jupiter.api.Test;
import ua.fakh.core.storage.BlobTooLargeException;
import ua.fakh.core.storage.GeneratedBytes;

import java.io.IOException;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PartReaderTest {

    @Test
    void contentOfExactlyOnePartIsFinishedAfterIt() throws IOException {
        PartReader reader = new PartReader(GeneratedBytes.stream(8), 100);
        byte[] part = new byte[8];

        assertThat(reader.fill(part, 0)).isEqualTo(8);
        assertThat(reader.finished()).isTrue();
        assertThat(part).isEqualTo(GeneratedBytes.range(0, 8));
    }

    @Test
    void peekingAheadLosesNoByte() throws IOException {
        PartReader reader = new PartReader(GeneratedBytes.stream(11), 100);
        byte[] part = new byte[8];

        reader.fill(part, 0);
        assertThat(reader.finished()).isFalse();
        assertThat(reader.fill(part, 0)).isEqualTo(3);
        assertThat(reader.finished()).isTrue();
        assertThat(Arrays.copyOf(part, 3)).isEqualTo(GeneratedBytes.range(8, 3));
        assertThat(reader.total()).isEqualTo(11);
        assertThat(reader.sha256Hex()).isEqualTo(GeneratedBytes.sha256(11));
    }

    @Test
    void fillsOnFromWhereAPartialPartEnded() throws IOException {
        PartReader reader = new PartReader(GeneratedBytes.stream(10), 100);
        byte[] small = new byte[4];

        assertThat(reader.fill(small, 0)).isEqualTo(4);
        byte[] grown = Arrays.copyOf(small, 10);
        assertThat(reader.fill(grown, 4)).isEqualTo(10);
        assertThat(grown).isEqualTo(GeneratedBytes.range(0, 10));
    }

    @Test
    void stopsAsSoonAsTheLimitIsPassed() {
        PartReader reader = new PartReader(GeneratedBytes.stream(1000), 10);

        assertThatThrownBy(() -> reader.fill(new byte[100], 0)).isInstanceOf(BlobTooLargeException.class);
    }
}
