package ua.fakh.courses.spi;

import io.micronaut.serde.annotation.Serdeable;

import java.util.UUID;

/** An uploaded file of a course: name as uploaded, media type detected from its bytes, size, SHA-256. */
@Serdeable
public record MaterialInfo(UUID id, String filename, String mediaType, long size, String sha256) {

    public boolean isVideo() {
        return mediaType.startsWith("video/");
    }

    public boolean isAudio() {
        return mediaType.startsWith("audio/");
    }
}
