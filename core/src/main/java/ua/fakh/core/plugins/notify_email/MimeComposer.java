package ua.fakh.core.plugins.notify_email;

import jakarta.activation.DataHandler;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import ua.fakh.core.notifications.NoticeAttachment;
import ua.fakh.core.notifications.OutgoingMessage;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Date;
import java.util.Locale;

/**
 * Turns an outgoing message into a MIME message: {@code multipart/alternative} of the plain text and
 * the HTML (UTF-8), inside {@code multipart/mixed} with the attachment when there is one. Jakarta Mail
 * encodes the subject and display names (RFC 2047) and picks each part's transfer encoding.
 */
final class MimeComposer {
    private static final String UTF_8 = StandardCharsets.UTF_8.name();

    private final Session session;
    private final InternetAddress from;
    private final String host;
    private final Clock clock;

    MimeComposer(Session session, InternetAddress from, String host, Clock clock) {
        this.session = session;
        this.from = from;
        this.host = host;
        this.clock = clock;
    }

    MimeMessage compose(OutgoingMessage message, InternetAddress to) throws MessagingException {
        MimeMessage mime = new FixedIdMessage(session, MessageIds.of(message.id(), host));
        mime.setFrom(from);
        mime.setRecipient(Message.RecipientType.TO, to);
        mime.setSubject(message.subject(), UTF_8);
        mime.setSentDate(Date.from(clock.instant()));
        // RFC 3834: vacation responders and the like must not answer a machine
        mime.setHeader("Auto-Submitted", "auto-generated");
        MimeMultipart alternative = alternative(message);
        if (message.attachment() == null) {
            mime.setContent(alternative);
        } else {
            MimeBodyPart body = new MimeBodyPart();
            body.setContent(alternative);
            MimeMultipart mixed = new MimeMultipart("mixed");
            mixed.addBodyPart(body);
            mixed.addBodyPart(attachment(message.attachment()));
            mime.setContent(mixed);
        }
        mime.saveChanges();
        return mime;
    }

    /** An address with its display name encoded as RFC 2047 asks ({@code =?UTF-8?B?…?= <a@b>}). */
    static InternetAddress address(String email, String displayName) throws MessagingException {
        try {
            InternetAddress address = new InternetAddress(email, true);
            return displayName == null || displayName.isBlank() ? address
                    : new InternetAddress(address.getAddress(), displayName.strip(), UTF_8);
        } catch (UnsupportedEncodingException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    /** {@code Name <address>} or a bare address, as written in {@code FAKH_MAIL_FROM}. */
    static InternetAddress parse(String written) throws MessagingException {
        InternetAddress parsed = new InternetAddress(written, true);
        return address(parsed.getAddress(), parsed.getPersonal());
    }

    private static MimeMultipart alternative(OutgoingMessage message) throws MessagingException {
        MimeBodyPart text = new MimeBodyPart();
        text.setText(message.text(), UTF_8, "plain");
        MimeBodyPart html = new MimeBodyPart();
        html.setText(message.html(), UTF_8, "html");
        // the last part is the richest: mail programs show the HTML when they can
        return new MimeMultipart("alternative", text, html);
    }

    private static MimeBodyPart attachment(NoticeAttachment file) throws MessagingException {
        MimeBodyPart part = new MimeBodyPart();
        // a data source, not setContent: Jakarta Mail has no content handler for text/calendar
        part.setDataHandler(new DataHandler(new ByteArrayDataSource(file.content().getBytes(StandardCharsets.UTF_8), contentType(file))));
        part.setFileName(file.fileName());
        part.setDisposition(MimeBodyPart.ATTACHMENT);
        return part;
    }

    /** Text in UTF-8; a calendar says {@code method=PUBLISH} so it is offered to add, not as an invitation to answer. */
    static String contentType(NoticeAttachment file) {
        String type = file.contentType() == null || file.contentType().isBlank() ? "application/octet-stream" : file.contentType().strip();
        String lower = type.toLowerCase(Locale.ROOT);
        if (lower.startsWith("text/") && !lower.contains("charset=")) {
            type += "; charset=UTF-8";
        }
        if (lower.startsWith("text/calendar") && !lower.contains("method=")) {
            type += "; method=PUBLISH";
        }
        return type;
    }

    /** Jakarta Mail replaces the Message-ID on every save; this message keeps the one derived from the queued id. */
    private static final class FixedIdMessage extends MimeMessage {
        private final String messageId;

        FixedIdMessage(Session session, String messageId) {
            super(session);
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
        }
    }
}
