package ua.fakh.core.notifications.internal;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import ua.fakh.core.notifications.NoticeTopic;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Asks the owning module whether what a message is about still holds; a topic nobody answers for holds. */
@Singleton
class NoticeTopics {
    private final Map<String, NoticeTopic> byName;

    NoticeTopics(List<NoticeTopic> topics) {
        this.byName = topics.stream().collect(Collectors.toMap(NoticeTopic::name, Function.identity()));
    }

    boolean stillHolds(@Nullable String about) {
        if (about == null) {
            return true;
        }
        int colon = about.indexOf(':');
        NoticeTopic topic = colon < 0 ? null : byName.get(about.substring(0, colon));
        if (topic == null) {
            return true;
        }
        try {
            return topic.stillHolds(UUID.fromString(about.substring(colon + 1)));
        } catch (IllegalArgumentException malformed) {
            return true;
        }
    }
}
