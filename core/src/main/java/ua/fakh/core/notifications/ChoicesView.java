package ua.fakh.core.notifications;

import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/**
 * A person's grid: the channels that reach them (columns) and, per kind (rows, with its name in the
 * reader's language), the channels that carry it.
 */
@Serdeable
public record ChoicesView(List<Channel> channels, List<Kind> kinds) {

    @Serdeable
    public record Channel(String id, String name) {
    }

    @Serdeable
    public record Kind(String kind, String name, List<String> channels) {
    }
}
