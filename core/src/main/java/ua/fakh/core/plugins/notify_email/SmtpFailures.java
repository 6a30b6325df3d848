package ua.fakh.core.plugins.notify_email;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.eclipse.angus.mail.smtp.SMTPSenderFailedException;
import ua.fakh.core.notifications.DeliveryResult;

import java.util.HashSet;
import java.util.Set;

/**
 * What an SMTP failure means for the queue. A permanent (5xx) refusal of the recipient or of the
 * message — "550 mailbox unknown", "554 rejected as spam" — fails for good: sending it again would get
 * the same answer. Everything else is tried again later: a server that is down, slow or answering
 * 4xx ("try later"), and also refusals that say the installation is misconfigured (wrong password,
 * sender address refused, TLS required) — once the administrator fixes the settings, the mail goes out.
 */
final class SmtpFailures {
    /** 5xx replies about authentication or encryption: the settings are wrong, not the message. */
    private static final Set<Integer> CONFIGURATION_REPLIES = Set.of(530, 534, 535, 538);

    private SmtpFailures() {
    }

    static DeliveryResult of(MessagingException failure) {
        Integer reply = null;
        boolean senderRefused = false;
        boolean authentication = false;
        Set<Throwable> seen = new HashSet<>();
        for (Throwable t = failure; t != null && seen.add(t); t = next(t)) {
            if (t instanceof SMTPSenderFailedException sender) {
                senderRefused = true;
                reply = reply == null ? sender.getReturnCode() : reply;
            } else if (t instanceof SMTPAddressFailedException address) {
                reply = reply == null ? address.getReturnCode() : reply;
            } else if (t instanceof SMTPSendFailedException send) {
                reply = reply == null ? send.getReturnCode() : reply;
            } else if (t instanceof AuthenticationFailedException) {
                authentication = true;
            }
        }
        String reason = reason(failure, reply);
        boolean permanent = reply != null && reply >= 500 && reply < 600
                && !senderRefused && !authentication && !CONFIGURATION_REPLIES.contains(reply);
        return permanent ? DeliveryResult.failed(reason) : DeliveryResult.retryLater(null, reason);
    }

    /** Jakarta Mail chains SMTP replies as "next exceptions", other causes as causes. */
    private static Throwable next(Throwable t) {
        if (t instanceof MessagingException messaging && messaging.getNextException() != null) {
            return messaging.getNextException();
        }
        return t.getCause();
    }

    private static String reason(MessagingException failure, Integer reply) {
        StringBuilder reason = new StringBuilder("SMTP");
        if (reply != null) {
            reason.append(' ').append(reply);
        }
        Set<Throwable> seen = new HashSet<>();
        for (Throwable t = failure; t != null && seen.add(t) && reason.length() < 500; t = next(t)) {
            String message = t.getMessage();
            if (message != null && !message.isBlank() && reason.indexOf(message.strip()) < 0) {
                reason.append(": ").append(message.strip());
            }
        }
        return reason.length() > 1000 ? reason.substring(0, 1000) : reason.toString();
    }
}
