package ua.fakh.core.plugins.notify_email;

import com.icegreen.greenmail.Managers;
import com.icegreen.greenmail.imap.ImapHostManager;
import com.icegreen.greenmail.mail.MailAddress;
import com.icegreen.greenmail.server.AbstractServer;
import com.icegreen.greenmail.smtp.SmtpManager;
import com.icegreen.greenmail.smtp.SmtpState;
import com.icegreen.greenmail.user.UserManager;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * GreenMail on a free port of 127.0.0.1, which can also answer chosen recipients with a reply of the
 * test's choosing ("550 5.1.1 mailbox unknown", "452 4.2.2 mailbox full") as a real server would:
 * GreenMail itself accepts every recipient.
 */
final class TestSmtpServer implements AutoCloseable {
    private final Map<String, String> recipientReplies = new ConcurrentHashMap<>();
    private final GreenMail greenMail;

    TestSmtpServer() {
        greenMail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP)) {
            @Override
            protected Map<String, AbstractServer> createServices(ServerSetup[] config, Managers managers) {
                return super.createServices(config, new ReplyingManagers(managers, recipientReplies));
            }
        };
        greenMail.start();
    }

    int port() {
        return greenMail.getSmtp().getPort();
    }

    /** A mailbox with a password: the server then refuses a wrong one. */
    void addUser(String login, String password) {
        greenMail.setUser(login + "@fakh.example", login, password);
    }

    /** RCPT TO this address is answered with {@code reply} (e.g. "550 5.1.1 Mailbox unknown"). */
    void answerRecipient(String address, String reply) {
        recipientReplies.put(address.toLowerCase(java.util.Locale.ROOT), reply);
    }

    /** What arrived for this address, oldest first. */
    List<MimeMessage> receivedBy(String address) {
        return Arrays.stream(greenMail.getReceivedMessages()).filter(m -> isFor(m, address)).toList();
    }

    List<MimeMessage> received() {
        return List.of(greenMail.getReceivedMessages());
    }

    /** An SMTP server settings record pointing here, without TLS (GreenMail's plain port). */
    EmailSettings settings(String from, String username, String password) {
        return new EmailSettings("127.0.0.1", port(), username, password, from, "none", Duration.ofSeconds(10), Duration.ofSeconds(30));
    }

    @Override
    public void close() {
        greenMail.stop();
    }

    private static boolean isFor(MimeMessage message, String address) {
        try {
            Address[] to = message.getAllRecipients();
            return to != null && Arrays.stream(to).anyMatch(a -> ((InternetAddress) a).getAddress().equalsIgnoreCase(address));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** GreenMail's own managers, with an SMTP manager that answers some recipients with a refusal. */
    private static final class ReplyingManagers extends Managers {
        private final Managers real;
        private final SmtpManager smtp;

        ReplyingManagers(Managers real, Map<String, String> replies) {
            this.real = real;
            this.smtp = new SmtpManager(real.getImapHostManager(), real.getUserManager()) {
                @Override
                public String checkRecipient(SmtpState state, MailAddress recipient) {
                    return replies.get(recipient.getEmail().toLowerCase(java.util.Locale.ROOT));
                }
            };
        }

        @Override
        public SmtpManager getSmtpManager() {
            return smtp;
        }

        @Override
        public UserManager getUserManager() {
            return real.getUserManager();
        }

        @Override
        public ImapHostManager getImapHostManager() {
            return real.getImapHostManager();
        }
    }
}
