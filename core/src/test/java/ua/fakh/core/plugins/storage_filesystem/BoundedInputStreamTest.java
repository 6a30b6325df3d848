package ua.fakh.core.plugins.storage_filesystem;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;

import static org.assertj.core.api.Assertions.assertThat;

class BoundedInputStreamTest {
    private final byte[] bytes = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9};

    @Test
    void endsAfterTheLimit() throws IOException {
        InputStream in = new BoundedInputStream(new ByteArrayInputStream(bytes), 4);
        assertThat(in.readAllBytes()).containsExactly(0, 1, 2, 3);
        assertThat(in.read()).isEqualTo(-1);
    }

    @Test
    void skippingCountsAgainstTheLimit() throws IOException {
        InputStream in = new BoundedInputStream(new ByteArrayInputStream(bytes), 4);
        assertThat(in.skip(100)).isEqualTo(4);
        assertThat(in.read()).isEqualTo(-1);
    }

    @Test
    void skipsWithinTheRange() throws IOException {
        InputStream in = new BoundedInputStream(new ByteArrayInputStream(bytes), 4);
        assertThat(in.skip(2)).isEqualTo(2);
        assertThat(in.available()).isEqualTo(2);
        assertThat(in.readAllBytes()).containsExactly(2, 3);
    }
}
