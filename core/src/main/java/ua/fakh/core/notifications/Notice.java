package ua.fakh.core.notifications;

import io.micronaut.core.annotation.Nullable;

import java.util.List;
import java.util.UUID;

/**
 * One message to one person about one fact. {@code eventKey} names the fact (and, for reminders,
 * the occasion: {@code due-7d:<enrolment>:<date>}): Fakh sends at most one message per event key,
 * recipient and channel, however often the fact is announced and on however many nodes.
 *
 * @param subject    the subject line (e-mail) or first line (messengers)
 * @param paragraphs the body, one sentence or paragraph each
 * @param actionLabel the link's words, e.g. "Open the course"; null when there is no link
 * @param actionPath where the link goes, relative to {@code FAKH_PUBLIC_URL} ({@code /learn/…}), or null
 * @param attachment an optional small file, e.g. a session's {@code .ics}
 * @param about      what the message is about, {@code <topic>:<id>} ({@code enrollment:…}, {@code certificate:…}),
 *                   asked again just before sending (see {@link NoticeTopic}); null when it cannot stop being true
 */
public record Notice(String eventKey, UUID recipientId, NoticeKind kind, NoticeText subject,
                     List<NoticeText> paragraphs, @Nullable NoticeText actionLabel, @Nullable String actionPath,
                     @Nullable NoticeAttachment attachment, @Nullable String about) {

    public Notice {
        paragraphs = List.copyOf(paragraphs);
    }

    public Notice(String eventKey, UUID recipientId, NoticeKind kind, NoticeText subject, List<NoticeText> paragraphs,
                  @Nullable NoticeText actionLabel, @Nullable String actionPath, @Nullable NoticeAttachment attachment) {
        this(eventKey, recipientId, kind, subject, paragraphs, actionLabel, actionPath, attachment, null);
    }

    public static Notice of(String eventKey, UUID recipientId, NoticeKind kind, NoticeText subject, NoticeText... paragraphs) {
        return new Notice(eventKey, recipientId, kind, subject, List.of(paragraphs), null, null, null, null);
    }

    /** The same notice with a link at its end. */
    public Notice withAction(NoticeText label, String path) {
        return new Notice(eventKey, recipientId, kind, subject, paragraphs, label, path, attachment, about);
    }

    public Notice withAttachment(NoticeAttachment file) {
        return new Notice(eventKey, recipientId, kind, subject, paragraphs, actionLabel, actionPath, file, about);
    }

    /**
     * The same notice, sent only if {@code topic} still says {@code id} holds when its turn comes: a
     * reminder about an enrolment withdrawn meanwhile, or a certificate revoked, is cancelled instead.
     */
    public Notice about(String topic, UUID id) {
        return new Notice(eventKey, recipientId, kind, subject, paragraphs, actionLabel, actionPath, attachment, topic + ":" + id);
    }
}
