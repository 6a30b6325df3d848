package ua.fakh.core.mail;

import io.micronaut.core.annotation.Nullable;
import ua.fakh.core.common.PageView;

import java.util.Optional;
import java.util.UUID;

/**
 * The e-mail an installation without an SMTP server keeps instead of sending, for administrators to
 * read ({@code /admin/mail}). Callers check that the reader is an administrator; the mailbox only stores.
 */
public interface Mailbox {

    /** True when mail is kept here; false when it goes to an SMTP server (the mailbox then gets nothing new). */
    boolean keepsMail();

    /**
     * Kept messages, newest first.
     *
     * @param to    an address, matched whole and regardless of case; null or blank for all
     * @param query words contained in the address or the subject; null or blank for all
     */
    PageView<KeptMailSummary> list(@Nullable String to, @Nullable String query, @Nullable Integer page, @Nullable Integer size);

    Optional<KeptMail> find(UUID id);
}
