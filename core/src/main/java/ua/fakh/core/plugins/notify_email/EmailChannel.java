package ua.fakh.core.plugins.notify_email;

import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import ua.fakh.core.config.FakhSettings;
import ua.fakh.core.notifications.DeliveryResult;
import ua.fakh.core.notifications.NotificationChannel;
import ua.fakh.core.notifications.OutgoingMessage;
import ua.fakh.core.notifications.Recipient;
import ua.fakh.core.plugins.PluginDescriptor;
import ua.fakh.core.plugins.PluginSettings;

import java.time.Clock;

/**
 * E-mail: through the SMTP server of {@code FAKH_MAIL_HOST}, or, when none is set, kept in the
 * database for administrators to read at {@code /admin/mail} — so a laptop install works and shows
 * what would have been sent. Reaches everyone with an e-mail address; carries the account-security
 * messages (invitation, password reset) that no other channel may.
 */
@Singleton
public class EmailChannel implements NotificationChannel {
    static final String ID = "notify_email";
    private static final Logger LOG = LoggerFactory.getLogger(EmailChannel.class);

    private final MailDelivery delivery;
    private final EmailSettings settings;
    private final boolean enabled;

    @Inject
    EmailChannel(EmailSettings settings, FakhSettings fakh, KeptMailbox kept, PluginSettings plugins, Clock clock) {
        this(settings.smtpConfigured() ? new SmtpPostman(settings, MessageIds.hostOf(fakh.publicUrl()), clock) : kept,
                settings, plugins.isEnabled(ID));
    }

    /** For tests: a channel that delivers where told. */
    EmailChannel(MailDelivery delivery, EmailSettings settings, boolean enabled) {
        this.delivery = delivery;
        this.settings = settings;
        this.enabled = enabled;
    }

    @Override
    public PluginDescriptor descriptor() {
        return PluginDescriptor.of(ID, "1.0.0");
    }

    @Override
    public boolean reaches(Recipient recipient) {
        return recipient.email() != null && !recipient.email().isBlank();
    }

    /** Invitations and reset links go to the account's own address, whatever the person chose. */
    @Override
    public boolean carriesAccountMessages() {
        return true;
    }

    @Override
    public DeliveryResult send(OutgoingMessage message) {
        try {
            return delivery.deliver(message);
        } catch (RuntimeException unexpected) {
            LOG.warn("E-mail {} not delivered", message.id(), unexpected);
            return DeliveryResult.retryLater(null, "E-mail: " + unexpected);
        }
    }

    /** Says once, at start-up, where mail goes: a newcomer must not wonder why no message arrives. */
    @EventListener
    void onStartup(StartupEvent event) {
        if (!enabled) {
            return;
        }
        if (settings.smtpConfigured()) {
            LOG.info("E-mail goes to the SMTP server {}:{} ({}) from {}", settings.host(), settings.port(),
                    settings.tlsMode().name().toLowerCase(java.util.Locale.ROOT), settings.from());
        } else {
            LOG.warn("No SMTP server set (FAKH_MAIL_HOST): e-mail is kept in the database; administrators read it at /admin/mail");
        }
    }
}
