package ua.fakh.core.plugins.notify_email;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import ua.fakh.core.notifications.DeliveryResult;
import ua.fakh.core.notifications.NoticeAttachment;
import ua.fakh.core.notifications.NoticeKind;
import ua.fakh.core.notifications.NotificationChannel;
import ua.fakh.core.notifications.NotificationChannelContract;
import ua.fakh.core.notifications.OutgoingMessage;
import ua.fakh.core.notifications.Recipient;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The e-mail channel against GreenMail on a free local port: the channel contract, and what arrives there byte for byte. */
class NotifyEmailContractIT extends NotificationChannelContract {
    static final String FROM = "Фах — навчання <no-reply@fakh.example>";
    static final String HOST = "fakh.example";

    TestSmtpServer smtp;
    EmailChannel channel;

    @BeforeEach
    void startSmtp() {
        smtp = new TestSmtpServer();
        channel = channelWith(smtp.settings(FROM, null, null));
    }

    @AfterEach
    void stopSmtp() {
        smtp.close();
    }

    @Override
    protected NotificationChannel channel() {
        return channel;
    }

    @Override
    protected Recipient reachable() {
        return person("olena-" + UUID.randomUUID().toString().substring(0, 8) + "@hromada.example");
    }

    @Override
    protected Recipient unreachable() {
        return null; // everyone has an e-mail address
    }

    @Override
    protected List<String> receivedBy(Recipient recipient) {
        List<String> texts = new ArrayList<>();
        for (MimeMessage message : smtp.receivedBy(recipient.email())) {
            texts.add(subject(message) + "\n" + part(message, "text/plain").content());
        }
        return texts;
    }

    @Override
    protected void makeTheServiceRefuse() {
        smtp.close();
    }

    @Test
    void encodesACyrillicSubjectAndSenderPerRfc2047() throws Exception {
        Recipient person = reachable();
        String subject = "Вас зараховано на курс «Самодопомога» — початок 14.12";

        assertThat(channel.send(message(person, subject)).outcome()).isEqualTo(DeliveryResult.Outcome.SENT);

        MimeMessage arrived = smtp.receivedBy(person.email()).get(0);
        String rawSubject = arrived.getHeader("Subject")[0];
        assertThat(rawSubject).startsWith("=?UTF-8?").doesNotContain("Вас");
        assertThat(MimeUtility.decodeText(MimeUtility.unfold(rawSubject))).isEqualTo(subject);
        String rawFrom = arrived.getHeader("From")[0];
        assertThat(rawFrom).contains("=?UTF-8?").contains("<no-reply@fakh.example>").doesNotContain("Фах");
        assertThat(MimeUtility.decodeText(MimeUtility.unfold(rawFrom))).isEqualTo(FROM);
        assertThat(MimeUtility.decodeText(MimeUtility.unfold(arrived.getHeader("To")[0])))
                .isEqualTo("Олена Петренко <" + person.email() + ">");
    }

    @Test
    void sendsThePlainTextAndTheHtmlAsAlternativesInUtf8() throws Exception {
        Recipient person = reachable();

        channel.send(message(person, "Результат доступний"));

        MimeMessage arrived = smtp.receivedBy(person.email()).get(0);
        assertThat(arrived.getContentType()).startsWith("multipart/alternative");
        Multipart parts = (Multipart) arrived.getContent();
        assertThat(parts.getCount()).isEqualTo(2);
        assertThat(parts.getBodyPart(0).getContentType()).startsWith("text/plain").containsIgnoringCase("charset=UTF-8");
        assertThat(parts.getBodyPart(1).getContentType()).startsWith("text/html").containsIgnoringCase("charset=UTF-8");
        assertThat((String) parts.getBodyPart(0).getContent()).contains("Результат доступний").contains("https://fakh.example/learn/course-1");
        assertThat((String) parts.getBodyPart(1).getContent()).contains("<a href=\"https://fakh.example/learn/course-1\">");
    }

    @Test
    void attachesASessionsCalendarForCalendarsToAdd() throws Exception {
        Recipient person = reachable();
        String ics = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Fakh//UK\r\nMETHOD:PUBLISH\r\nBEGIN:VEVENT\r\n"
                + "UID:session-1@fakh.example\r\nDTSTAMP:20261207T080000Z\r\nDTSTART:20261214T080000Z\r\n"
                + "SUMMARY:Зустріч групи\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
        OutgoingMessage withCalendar = withAttachment(message(person, "Зустріч завтра"),
                new NoticeAttachment("зустріч.ics", "text/calendar", ics));

        assertThat(channel.send(withCalendar).outcome()).isEqualTo(DeliveryResult.Outcome.SENT);

        MimeMessage arrived = smtp.receivedBy(person.email()).get(0);
        assertThat(arrived.getContentType()).startsWith("multipart/mixed");
        Multipart mixed = (Multipart) arrived.getContent();
        assertThat(mixed.getCount()).isEqualTo(2);
        assertThat(mixed.getBodyPart(0).getContentType()).startsWith("multipart/alternative");
        BodyPart calendar = mixed.getBodyPart(1);
        assertThat(calendar.getContentType()).startsWith("text/calendar").contains("method=PUBLISH").containsIgnoringCase("charset=UTF-8");
        assertThat(calendar.getDisposition()).isEqualTo(BodyPart.ATTACHMENT);
        assertThat(MimeUtility.decodeText(calendar.getFileName())).isEqualTo("зустріч.ics");
        try (InputStream in = calendar.getInputStream()) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(ics);
        }
    }

    @Test
    void namesTheMessageAfterItsQueuedIdSoAResendIsRecognisable() throws Exception {
        Recipient person = reachable();
        OutgoingMessage message = message(person, "Сертифікат видано");

        channel.send(message);
        channel.send(message); // a retry after a crash between sending and recording it

        List<MimeMessage> arrived = smtp.receivedBy(person.email());
        assertThat(arrived).hasSize(2);
        for (MimeMessage copy : arrived) {
            assertThat(copy.getMessageID()).isEqualTo("<" + message.id() + "@" + HOST + ">");
            assertThat(copy.getHeader("Auto-Submitted")).containsExactly("auto-generated");
        }
    }

    @Test
    void failsForGoodWhenTheServerSaysTheMailboxDoesNotExist() {
        Recipient person = reachable();
        smtp.answerRecipient(person.email(), "550 5.1.1 Mailbox unknown");

        DeliveryResult result = channel.send(message(person, "Запрошення"));

        assertThat(result.outcome()).isEqualTo(DeliveryResult.Outcome.FAILED);
        assertThat(result.reason()).contains("550").contains("Mailbox unknown");
        assertThat(smtp.received()).isEmpty();
    }

    @Test
    void triesAgainLaterWhenTheServerSaysTryLater() {
        Recipient person = reachable();
        smtp.answerRecipient(person.email(), "452 4.2.2 Mailbox full");

        DeliveryResult result = channel.send(message(person, "Нагадування"));

        assertThat(result.outcome()).isEqualTo(DeliveryResult.Outcome.RETRY);
        assertThat(result.reason()).contains("452");
    }

    @Test
    void failsForGoodForAnAddressThatIsNoAddress() {
        Recipient nobody = new Recipient(UUID.randomUUID(), "not an address@", "Ніхто", Locale.forLanguageTag("uk"));

        DeliveryResult result = channel.send(message(nobody, "Запрошення"));

        assertThat(result.outcome()).isEqualTo(DeliveryResult.Outcome.FAILED);
        assertThat(result.reason()).contains("not an address@");
        assertThat(smtp.received()).isEmpty();
    }

    @Test
    void signsInWithTheConfiguredAccountAndTriesAgainLaterWhenThePasswordIsWrong() {
        smtp.addUser("fakh", "right-password");
        Recipient person = reachable();

        DeliveryResult signedIn = channelWith(smtp.settings(FROM, "fakh", "right-password")).send(message(person, "Вхід"));
        DeliveryResult refused = channelWith(smtp.settings(FROM, "fakh", "wrong-password")).send(message(person, "Вхід"));

        assertThat(signedIn.outcome()).isEqualTo(DeliveryResult.Outcome.SENT);
        assertThat(refused.outcome()).isEqualTo(DeliveryResult.Outcome.RETRY);
        assertThat(smtp.receivedBy(person.email())).hasSize(1);
    }

    private static EmailChannel channelWith(EmailSettings settings) {
        return new EmailChannel(new SmtpPostman(settings, HOST, Clock.systemUTC()), settings, true);
    }

    private static Recipient person(String email) {
        return new Recipient(UUID.randomUUID(), email, "Олена Петренко", Locale.forLanguageTag("uk"));
    }

    private static OutgoingMessage withAttachment(OutgoingMessage m, NoticeAttachment file) {
        return new OutgoingMessage(m.id(), m.recipient(), NoticeKind.SESSION_TOMORROW, m.subject(), m.text(), m.html(), m.link(), file);
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The first part of this type, searched through nested multiparts. */
    private static Found part(jakarta.mail.Part part, String type) {
        try {
            if (part.isMimeType(type)) {
                return new Found((String) part.getContent());
            }
            if (part.getContent() instanceof Multipart multipart) {
                for (int i = 0; i < multipart.getCount(); i++) {
                    Found found = part(multipart.getBodyPart(i), type);
                    if (found != null) {
                        return found;
                    }
                }
            }
            return null;
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private record Found(String content) {
    }
}
