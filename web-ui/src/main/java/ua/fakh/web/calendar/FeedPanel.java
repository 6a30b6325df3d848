package ua.fakh.web.calendar;

import io.micronaut.core.annotation.Nullable;

import java.time.Instant;

/**
 * The "calendar on your phone" part of a page: where its forms post, when the working address was made
 * (null: none), and the new address when it was just made (the only time it is shown).
 */
public record FeedPanel(String action, @Nullable Instant since, @Nullable FeedLink created) {
}
