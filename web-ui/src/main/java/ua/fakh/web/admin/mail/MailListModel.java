package ua.fakh.web.admin.mail;

import ua.fakh.core.common.KyivTime;
import ua.fakh.core.common.PageView;
import ua.fakh.core.mail.KeptMailSummary;
import ua.fakh.web.page.PageContext;
import ua.fakh.web.page.Pager;

import java.time.Instant;

/** The kept mail's list: the search, one page of messages, and whether mail is kept at all (no SMTP server). */
public record MailListModel(String query, PageView<KeptMailSummary> results, boolean keepsMail) {

    public Pager pager() {
        return Pager.of(results, page -> "/admin/mail?q=" + PageContext.encode(query) + "&page=" + page);
    }

    public String when(Instant instant) {
        return KyivTime.DATE_TIME.format(instant.atZone(KyivTime.ZONE));
    }
}
