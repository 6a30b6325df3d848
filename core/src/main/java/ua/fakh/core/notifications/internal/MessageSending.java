package ua.fakh.core.notifications.internal;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import ua.fakh.core.notifications.DeliveryResult;
import ua.fakh.core.notifications.NoticeAttachment;
import ua.fakh.core.notifications.NoticeKind;
import ua.fakh.core.notifications.NotificationChannel;
import ua.fakh.core.notifications.OutgoingMessage;
import ua.fakh.core.notifications.Recipient;

import java.time.Clock;
import java.time.Duration;
import java.util.UUID;

/**
 * Sends one queued message inside the transaction that claims it ({@code FOR UPDATE SKIP LOCKED}):
 * while one node sends it, no other node sees it, and the channel's own writes commit with the result.
 * A refusal for now waits a growing pause (or the service's own Retry-After); after
 * {@value #MOST_ATTEMPTS} tries, or a refusal for good, the message is failed with its reason for administrators.
 */
@Singleton
class MessageSending {
    private static final Logger LOG = LoggerFactory.getLogger(MessageSending.class);
    static final int MOST_ATTEMPTS = 10;
    private static final Duration FIRST_PAUSE = Duration.ofSeconds(30);
    private static final Duration LONGEST_PAUSE = Duration.ofHours(6);

    private final NotificationRepository rows;
    private final Recipients recipients;
    private final NotificationChannels channels;
    private final Clock clock;

    MessageSending(NotificationRepository rows, Recipients recipients, NotificationChannels channels, Clock clock) {
        this.rows = rows;
        this.recipients = recipients;
        this.channels = channels;
        this.clock = clock;
    }

    /** False when another node holds the message or it was sent meanwhile. */
    @Transactional
    public boolean sendOne(UUID id) {
        NotificationRow row = rows.claim(id).orElse(null);
        if (row == null) {
            return false;
        }
        Recipient recipient = recipients.active(row.recipientId()).orElse(null);
        if (recipient == null) {
            rows.markFinal(id, "CANCELLED", "the account is disabled");
            return false;
        }
        NotificationChannel channel = channels.find(row.channel()).orElse(null);
        if (channel == null) {
            rows.markFinal(id, "FAILED", "the channel " + row.channel() + " is not enabled");
            return false;
        }
        DeliveryResult result = attempt(channel, message(row, recipient));
        switch (result.outcome()) {
            case SENT -> rows.markSent(id, clock.instant());
            case FAILED -> fail(row, result.reason());
            case RETRY -> {
                if (row.attempts() + 1 >= MOST_ATTEMPTS) {
                    fail(row, "gave up after " + MOST_ATTEMPTS + " attempts: " + result.reason());
                } else {
                    Duration pause = result.retryAfter() != null ? result.retryAfter() : pauseAfter(row.attempts());
                    rows.markRetry(id, shortened(result.reason()), clock.instant().plus(pause));
                    LOG.info("Message {} by {} not sent yet (attempt {}), next try in {}: {}", id, row.channel(),
                            row.attempts() + 1, pause, result.reason());
                }
            }
        }
        return result.outcome() == DeliveryResult.Outcome.SENT;
    }

    private static DeliveryResult attempt(NotificationChannel channel, OutgoingMessage message) {
        try {
            return channel.send(message);
        } catch (RuntimeException unexpected) {
            return DeliveryResult.retryLater(null, unexpected.getClass().getSimpleName() + ": " + unexpected.getMessage());
        }
    }

    private void fail(NotificationRow row, String reason) {
        rows.markFinal(row.id(), "FAILED", shortened(reason));
        LOG.warn("Message {} by {} to {} failed for good: {}", row.id(), row.channel(), row.recipientId(), reason);
    }

    static Duration pauseAfter(int attempts) {
        Duration pause = FIRST_PAUSE.multipliedBy(1L << Math.min(attempts, 20));
        return pause.compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : pause;
    }

    private static String shortened(String reason) {
        String text = reason == null || reason.isBlank() ? "no reason given" : reason;
        return text.length() > 2000 ? text.substring(0, 2000) : text;
    }

    private static OutgoingMessage message(NotificationRow row, Recipient recipient) {
        NoticeAttachment attachment = row.attachmentName() == null ? null
                : new NoticeAttachment(row.attachmentName(), row.attachmentType(), row.attachmentBody());
        return new OutgoingMessage(row.id(), recipient, NoticeKind.valueOf(row.kind()), row.subject(), row.bodyText(),
                row.bodyHtml(), row.link(), attachment);
    }
}
