package ua.fakh.core.plugins.notify_email;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;

import java.time.Duration;

/**
 * {@code fakh.mail.*} ({@code FAKH_MAIL_*}): the SMTP server mail goes to. Without a {@code host} mail
 * is not sent but kept in the database for administrators ({@code /admin/mail}). {@code from} may
 * carry a display name in any script ({@code Фах <no-reply@example.org>}); it is encoded when sent.
 * The timeouts are short so a hung server holds a sending thread for seconds, not minutes: the
 * queue tries again later.
 */
@ConfigurationProperties("fakh.mail")
public record EmailSettings(
        @Nullable String host,
        @Bindable(defaultValue = "587") int port,
        @Nullable String username,
        @Nullable String password,
        @Bindable(defaultValue = "Fakh <no-reply@localhost>") String from,
        @Bindable(defaultValue = "starttls") String tls,
        @Bindable(defaultValue = "10s") Duration connectTimeout,
        @Bindable(defaultValue = "30s") Duration readTimeout) {

    /** How the connection to the server is protected. */
    enum Tls { STARTTLS, SSL, NONE }

    public EmailSettings {
        host = host == null || host.isBlank() ? null : host.strip();
        username = username == null || username.isBlank() ? null : username;
        from = from == null || from.isBlank() ? "Fakh <no-reply@localhost>" : from.strip();
    }

    /** False: mail is kept in the database instead. */
    boolean smtpConfigured() {
        return host != null;
    }

    Tls tlsMode() {
        try {
            return Tls.valueOf(tls == null ? "STARTTLS" : tls.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw new IllegalStateException("fakh.mail.tls (FAKH_MAIL_TLS) must be starttls, ssl or none, was " + tls);
        }
    }

    /** Keeps the password out of logs. */
    @Override
    public String toString() {
        return "EmailSettings[host=" + host + ", port=" + port + ", username=" + username + ", password="
                + (password == null ? null : "***") + ", from=" + from + ", tls=" + tls + "]";
    }
}
