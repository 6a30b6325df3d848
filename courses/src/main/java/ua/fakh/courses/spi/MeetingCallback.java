package ua.fakh.courses.spi;

import io.micronaut.core.annotation.Nullable;

import java.util.List;
import java.util.Map;

/** A request a provider sent to Fakh's callback address, as received (body bounded before it is read). */
public record MeetingCallback(MeetingRoom room, String method, Map<String, List<String>> query,
                              Map<String, String> headers, @Nullable String contentType, byte[] body) {
}
