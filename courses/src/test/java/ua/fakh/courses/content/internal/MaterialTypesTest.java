package ua.fakh.courses.content.internal;

import org.junit.jupiter.api.Test;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThat;

class MaterialTypesTest {
    @Test
    void trustsTheBytesOverTheName() throws IOException {
        assertThat(detect("%PDF-1.4\n".getBytes(), "guide.pdf")).isEqualTo("application/pdf");
        String exe = detect(new byte[]{'M', 'Z', 0, 0, 0, 0}, "guide.pdf");
        assertThat(MaterialTypes.isAllowed(exe)).as(exe).isFalse();
        String script = detect("#!/bin/sh\necho hi\n".getBytes(), "notes.txt");
        assertThat(MaterialTypes.isAllowed(script)).as(script).isFalse();
        assertThat(MaterialTypes.isAllowed(detect("<html><script>x</script></html>".getBytes(), "page.html"))).isFalse();
        assertThat(MaterialTypes.isAllowed(detect("Простий текст".getBytes(), "notes.txt"))).isTrue();
    }

    @Test
    void mediaAreAudioAndVideo() {
        assertThat(MaterialTypes.isMedia("audio/mpeg")).isTrue();
        assertThat(MaterialTypes.isMedia("video/mp4")).isTrue();
        assertThat(MaterialTypes.isMedia("application/pdf")).isFalse();
    }

    private static String detect(byte[] bytes, String name) throws IOException {
        return MaterialTypes.detect(new BufferedInputStream(new ByteArrayInputStream(bytes)), name);
    }
}
