package ua.fakh.core.accounts;

import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import ua.fakh.core.common.Ids;
import ua.fakh.core.common.KyivTime;
import ua.fakh.core.notifications.Bilingual;
import ua.fakh.core.notifications.Notice;
import ua.fakh.core.notifications.NoticeKind;
import ua.fakh.core.notifications.NoticeText;
import ua.fakh.core.notifications.Notifications;
import ua.fakh.core.organizations.Organizations;
import ua.fakh.core.users.PasswordChanged;
import ua.fakh.core.users.PasswordLinkCreated;
import ua.fakh.core.users.PasswordLinkPurpose;
import ua.fakh.core.users.UserView;
import ua.fakh.core.users.Users;

/**
 * The three account-security messages (always by e-mail): an invitation, a reset link, "your password
 * was changed". The events arrive synchronously inside the transaction that stores the link or the
 * password, so a rolled-back change sends nothing. Each notice has an event key of its own: a new
 * link is a new message. (A package of its own: the users package must not know the messages, since
 * the notification engine reads users.)
 */
@Singleton
class AccountNotices {
    private static final String PREFIX = "account.notice.";
    /** Who invites when the installation itself creates an account without a password. */
    private static final String INSTALLATION = "Fakh";

    private final Notifications notifications;
    private final Users users;
    private final Organizations organizations;

    AccountNotices(Notifications notifications, Users users, Organizations organizations) {
        this.notifications = notifications;
        this.users = users;
        this.organizations = organizations;
    }

    @EventListener
    void onLink(PasswordLinkCreated link) {
        users.find(link.userId()).ifPresent(person -> notifications.send(link.purpose() == PasswordLinkPurpose.INVITATION
                ? invitation(person, link) : reset(person, link)));
    }

    @EventListener
    void onChange(PasswordChanged change) {
        users.find(change.userId()).ifPresent(person -> notifications.send(Notice.of(
                        "password-changed:" + person.id() + ":" + Ids.newId(), person.id(), NoticeKind.PASSWORD_CHANGED,
                        text("changed.subject"),
                        text("greeting", person.fullName()),
                        text("changed.when", person.email(), KyivTime.DATE_TIME.format(change.at().atZone(KyivTime.ZONE))),
                        text("changed.notYou"))
                .withAction(text("changed.action"), "/password/forgot")));
    }

    private Notice invitation(UserView person, PasswordLinkCreated link) {
        String inviter = link.inviterId() == null ? INSTALLATION
                : users.find(link.inviterId()).map(UserView::fullName).orElse(INSTALLATION);
        Bilingual organization = organizations.find(person.organizationId())
                .map(o -> new Bilingual(o.name(), o.nameEn())).orElse(new Bilingual(INSTALLATION, null));
        return Notice.of("invitation:" + person.id() + ":" + Ids.newId(), person.id(), NoticeKind.INVITATION,
                        text("invitation.subject"),
                        text("greeting", person.fullName()),
                        text("invitation.invited", inviter, organization),
                        text("invitation.validity", PasswordLinkPurpose.INVITATION.validity().toDays()),
                        text("invitation.login", person.email()))
                .withAction(text("invitation.action"), PasswordLinkPurpose.INVITATION.path(link.token()));
    }

    private static Notice reset(UserView person, PasswordLinkCreated link) {
        return Notice.of("password-reset:" + person.id() + ":" + Ids.newId(), person.id(), NoticeKind.PASSWORD_RESET,
                        text("reset.subject"),
                        text("greeting", person.fullName()),
                        text("reset.asked", person.email()),
                        text("reset.validity", PasswordLinkPurpose.RESET.validity().toMinutes()),
                        text("reset.notYou"))
                .withAction(text("reset.action"), PasswordLinkPurpose.RESET.path(link.token()));
    }

    private static NoticeText text(String key, Object... arguments) {
        return NoticeText.of(PREFIX + key, arguments);
    }
}
