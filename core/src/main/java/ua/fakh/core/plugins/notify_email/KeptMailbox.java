package ua.fakh.core.plugins.notify_email;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.exceptions.DataAccessException;
import jakarta.inject.Singleton;
import ua.fakh.core.common.PageView;
import ua.fakh.core.common.Paging;
import ua.fakh.core.common.SearchText;
import ua.fakh.core.config.FakhSettings;
import ua.fakh.core.mail.KeptMail;
import ua.fakh.core.mail.KeptMailSummary;
import ua.fakh.core.mail.Mailbox;
import ua.fakh.core.notifications.DeliveryResult;
import ua.fakh.core.notifications.NoticeAttachment;
import ua.fakh.core.notifications.OutgoingMessage;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * The database mailbox of an installation without an SMTP server: each message is kept once (by its
 * queued id: a retry after a crash finds it there) and read by administrators. Everything is kept;
 * an installation that wants mail gone sets an SMTP server.
 */
@Singleton
class KeptMailbox implements Mailbox, MailDelivery {
    private static final int SUBJECT_LENGTH = 1000;

    private final KeptMailRepository rows;
    private final EmailSettings settings;
    private final String host;
    private final Clock clock;

    KeptMailbox(KeptMailRepository rows, EmailSettings settings, FakhSettings fakh, Clock clock) {
        this.rows = rows;
        this.settings = settings;
        this.host = MessageIds.hostOf(fakh.publicUrl());
        this.clock = clock;
    }

    @Override
    public boolean keepsMail() {
        return !settings.smtpConfigured();
    }

    @Override
    public DeliveryResult deliver(OutgoingMessage message) {
        try {
            if (!rows.existsById(message.id())) {
                rows.save(row(message));
            }
            return DeliveryResult.sent();
        } catch (DataAccessException failure) {
            // the database is away; the queue claims one message on one node at a time, so no other
            // attempt is keeping this one now, and the kept row commits with the queue's "sent" mark
            return DeliveryResult.retryLater(null, "Could not keep the e-mail: " + failure.getMessage());
        }
    }

    @Override
    public PageView<KeptMailSummary> list(@Nullable String to, @Nullable String query, @Nullable Integer page, @Nullable Integer size) {
        String address = to == null ? "" : to.strip().toLowerCase(Locale.ROOT);
        return Paging.view(rows.search(address, SearchText.containsPattern(query), Paging.of(page, size)))
                .map(row -> new KeptMailSummary(row.id(), row.recipientId(), row.address(), row.subject(), row.keptAt(),
                        row.attachmentName()));
    }

    @Override
    public Optional<KeptMail> find(UUID id) {
        return rows.findById(id).map(row -> new KeptMail(row.id(), row.recipientId(), settings.from(), row.address(),
                row.subject(), MessageIds.of(row.id(), host), row.keptAt(), row.bodyText(), row.bodyHtml(),
                row.attachmentName() == null ? null
                        : new KeptMail.Attachment(row.attachmentName(), row.attachmentType(), row.attachmentContent())));
    }

    private KeptMailRow row(OutgoingMessage message) {
        String address = message.recipient().email().strip();
        String subject = message.subject().length() > SUBJECT_LENGTH ? message.subject().substring(0, SUBJECT_LENGTH) : message.subject();
        NoticeAttachment file = message.attachment();
        return new KeptMailRow(message.id(), message.recipient().userId(), storable(address),
                storable(address.toLowerCase(Locale.ROOT)), storable(subject), storable(SearchText.fold(address, subject)),
                storable(message.text()), storable(message.html()),
                file == null ? null : storable(file.fileName()), file == null ? null : storable(MimeComposer.contentType(file)),
                file == null ? null : storable(file.content()), clock.instant().truncatedTo(ChronoUnit.MICROS));
    }

    /** PostgreSQL refuses U+0000 in text; a message must not be retried for ever because of one. */
    private static String storable(String text) {
        return text.indexOf('\0') < 0 ? text : text.replace('\0', '\uFFFD');
    }
}
