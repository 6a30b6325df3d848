package ua.fakh.web.admin.mail;

import ua.fakh.core.common.KyivTime;
import ua.fakh.core.mail.KeptMail;

/** One kept message as its page shows it. */
public record MailMessageModel(KeptMail mail) {

    public String keptAt() {
        return KyivTime.DATE_TIME.format(mail.keptAt().atZone(KyivTime.ZONE));
    }

    public String base() {
        return "/admin/mail/" + mail.id();
    }
}
