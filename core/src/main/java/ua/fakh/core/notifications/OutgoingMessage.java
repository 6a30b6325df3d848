package ua.fakh.core.notifications;

import io.micronaut.core.annotation.Nullable;

import java.util.UUID;

/**
 * A notice put into its recipient's language, ready for one channel.
 *
 * @param id   the queued message's id: the same on every retry (a channel may use it as an idempotency key)
 * @param text the plain-text body, links written out in full
 * @param html the same body as a small HTML document (e-mail); messengers use {@code text}
 * @param link the absolute address of the notice's action, or null
 */
public record OutgoingMessage(UUID id, Recipient recipient, NoticeKind kind, String subject, String text, String html,
                              @Nullable String link, @Nullable NoticeAttachment attachment) {
}
