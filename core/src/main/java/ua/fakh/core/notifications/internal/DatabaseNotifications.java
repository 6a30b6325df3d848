package ua.fakh.core.notifications.internal;

import io.micronaut.context.annotation.Value;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import ua.fakh.core.common.Ids;
import ua.fakh.core.notifications.Notice;
import ua.fakh.core.notifications.NoticeAttachment;
import ua.fakh.core.notifications.NotificationChannel;
import ua.fakh.core.notifications.Notifications;
import ua.fakh.core.notifications.Recipient;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

/**
 * Queues notices in {@code notifications} (one row per event, recipient and channel, rendered once)
 * and sends them from a scheduled poll, each message in its own transaction ({@link MessageSending}).
 */
@Singleton
class DatabaseNotifications implements Notifications {
    private static final Logger LOG = LoggerFactory.getLogger(DatabaseNotifications.class);
    private static final int BATCH = 50;
    // a full batch means more are waiting: keep on (one batch per poll capped a node at 25 messages a
    // second, perf G9), up to a bound that lets the scheduler's other work run between polls
    private static final int BATCHES_PER_POLL = 40;
    private static final int LONGEST_EVENT_KEY = 200;

    private final NotificationRepository rows;
    private final Recipients recipients;
    private final NotificationChannels channels;
    private final DatabaseNotificationPreferences preferences;
    private final NoticeRenderer renderer;
    private final MessageSending sending;
    private final Clock clock;
    private final boolean polling;

    DatabaseNotifications(NotificationRepository rows, Recipients recipients, NotificationChannels channels,
                          DatabaseNotificationPreferences preferences, NoticeRenderer renderer, MessageSending sending,
                          Clock clock, @Value("${fakh.notifications.send:true}") boolean polling) {
        this.rows = rows;
        this.recipients = recipients;
        this.channels = channels;
        this.preferences = preferences;
        this.renderer = renderer;
        this.sending = sending;
        this.clock = clock;
        this.polling = polling;
    }

    @Override
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public void send(Notice notice) {
        if (notice.eventKey().isBlank() || notice.eventKey().length() > LONGEST_EVENT_KEY) {
            throw new IllegalArgumentException("An event key is 1 to " + LONGEST_EVENT_KEY + " characters: " + notice.eventKey());
        }
        Recipient recipient = recipients.active(notice.recipientId()).orElse(null);
        if (recipient == null) {
            return; // a disabled or deleted account hears nothing
        }
        List<NotificationChannel> carriers = notice.kind().isAccountSecurity()
                ? channels.forAccountMessages(recipient)
                : preferences.carriers(recipient, notice.kind());
        NoticeRenderer.Rendered rendered = null;
        for (NotificationChannel channel : carriers) {
            String channelId = NotificationChannels.id(channel);
            if (rows.existsByEventKeyAndRecipientIdAndChannel(notice.eventKey(), recipient.userId(), channelId)) {
                continue; // told before: the fact was announced again
            }
            if (rendered == null) {
                rendered = renderer.render(notice, recipient);
            }
            NoticeAttachment file = notice.attachment();
            rows.queue(Ids.newId(), notice.eventKey(), recipient.userId(), channelId, notice.kind().name(), rendered.subject(),
                    rendered.text(), rendered.html(), rendered.link(), file == null ? null : file.fileName(),
                    file == null ? null : file.contentType(), file == null ? null : file.content(), clock.instant(), notice.about());
        }
    }

    @Scheduled(fixedDelay = "${fakh.notifications.poll:2s}", initialDelay = "${fakh.notifications.first-poll:5s}")
    void poll() {
        if (!polling) {
            return;
        }
        try {
            deliverDue();
        } catch (RuntimeException e) {
            LOG.warn("Sending notifications failed; will try again: {}", e.getMessage());
        }
    }

    @Override
    public int deliverDue() {
        int sent = 0;
        for (int batch = 0; batch < BATCHES_PER_POLL; batch++) {
            List<UUID> due = rows.findDue(clock.instant(), BATCH);
            for (UUID id : due) {
                if (sending.sendOne(id)) {
                    sent++;
                }
            }
            if (due.size() < BATCH) {
                break;
            }
        }
        return sent;
    }
}
