package ua.fakh.core.plugins.notify_email;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import ua.fakh.core.notifications.DeliveryResult;
import ua.fakh.core.notifications.OutgoingMessage;

import java.time.Clock;
import java.util.Properties;

/**
 * Sends each message to the configured SMTP server, one connection per message (the queue sends
 * a few at a time; a pooled connection would only add states to get wrong).
 */
final class SmtpPostman implements MailDelivery {
    private static final Logger LOG = LoggerFactory.getLogger(SmtpPostman.class);

    private final EmailSettings settings;
    private final Session session;
    private final String host;
    private final Clock clock;

    SmtpPostman(EmailSettings settings, String host, Clock clock) {
        this.settings = settings;
        this.session = Session.getInstance(properties(settings, host));
        this.host = host;
        this.clock = clock;
    }

    @Override
    public DeliveryResult deliver(OutgoingMessage message) {
        InternetAddress to;
        try {
            to = MimeComposer.address(message.recipient().email(), message.recipient().fullName());
        } catch (MessagingException invalid) {
            return DeliveryResult.failed("Invalid e-mail address " + message.recipient().email() + ": " + invalid.getMessage());
        }
        InternetAddress from;
        try {
            from = MimeComposer.parse(settings.from());
        } catch (AddressException invalid) {
            return DeliveryResult.retryLater(null, "fakh.mail.from (FAKH_MAIL_FROM) is not an address: " + invalid.getMessage());
        } catch (MessagingException invalid) {
            return DeliveryResult.retryLater(null, "fakh.mail.from (FAKH_MAIL_FROM): " + invalid.getMessage());
        }
        try {
            MimeMessage mime = new MimeComposer(session, from, host, clock).compose(message, to);
            if (settings.username() == null) {
                Transport.send(mime);
            } else {
                Transport.send(mime, settings.username(), settings.password() == null ? "" : settings.password());
            }
            return DeliveryResult.sent();
        } catch (MessagingException failure) {
            DeliveryResult result = SmtpFailures.of(failure);
            LOG.info("E-mail {} to {} not sent ({}): {}", message.id(), to.getAddress(), result.outcome(), result.reason());
            return result;
        } catch (RuntimeException unexpected) {
            LOG.warn("E-mail {} not sent", message.id(), unexpected);
            return DeliveryResult.retryLater(null, "SMTP: " + unexpected);
        }
    }

    private static Properties properties(EmailSettings settings, String host) {
        Properties p = new Properties();
        p.setProperty("mail.transport.protocol", "smtp");
        p.setProperty("mail.smtp.host", settings.host());
        p.setProperty("mail.smtp.port", String.valueOf(settings.port()));
        p.setProperty("mail.smtp.auth", String.valueOf(settings.username() != null));
        // EHLO with the installation's name, not whatever the machine's reverse lookup says (or hangs on)
        p.setProperty("mail.smtp.localhost", host);
        p.setProperty("mail.smtp.connectiontimeout", String.valueOf(settings.connectTimeout().toMillis()));
        p.setProperty("mail.smtp.timeout", String.valueOf(settings.readTimeout().toMillis()));
        p.setProperty("mail.smtp.writetimeout", String.valueOf(settings.readTimeout().toMillis()));
        switch (settings.tlsMode()) {
            case STARTTLS -> {
                p.setProperty("mail.smtp.starttls.enable", "true");
                // never fall back to plain text: the password and the messages would cross the network readable
                p.setProperty("mail.smtp.starttls.required", "true");
                p.setProperty("mail.smtp.ssl.checkserveridentity", "true");
            }
            case SSL -> {
                p.setProperty("mail.smtp.ssl.enable", "true");
                p.setProperty("mail.smtp.ssl.checkserveridentity", "true");
            }
            case NONE -> {
            }
        }
        return p;
    }
}
