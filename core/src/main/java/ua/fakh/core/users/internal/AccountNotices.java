package ua.fakh.core.users.internal;

import jakarta.inject.Singleton;
import ua.fakh.core.common.Ids;
import ua.fakh.core.common.KyivTime;
import ua.fakh.core.notifications.Bilingual;
import ua.fakh.core.notifications.Notice;
import ua.fakh.core.notifications.NoticeKind;
import ua.fakh.core.notifications.NoticeText;
import ua.fakh.core.notifications.Notifications;
import ua.fakh.core.organizations.Organizations;
import ua.fakh.core.users.PasswordLinkPurpose;

import java.time.Clock;
import java.util.UUID;

/**
 * The three account-security messages (always by e-mail): an invitation, a reset link, "your password
 * was changed". Called inside the transaction that creates the link or changes the password, so a
 * rolled-back change sends nothing. Each notice has an event key of its own: a new link is a new message.
 */
@Singleton
class AccountNotices {
    private static final String PREFIX = "account.notice.";
    /** Who invites when the installation itself creates an account without a password. */
    private static final String INSTALLATION = "Fakh";

    private final Notifications notifications;
    private final UserRepository users;
    private final Organizations organizations;
    private final Clock clock;

    AccountNotices(Notifications notifications, UserRepository users, Organizations organizations, Clock clock) {
        this.notifications = notifications;
        this.users = users;
        this.organizations = organizations;
        this.clock = clock;
    }

    void invitation(UserRow person, UUID inviterId, String token) {
        String inviter = inviterId == null ? INSTALLATION
                : users.findById(inviterId).map(UserRow::fullName).orElse(INSTALLATION);
        Bilingual organization = organizations.find(person.organizationId())
                .map(o -> new Bilingual(o.name(), o.nameEn())).orElse(new Bilingual(INSTALLATION, null));
        notifications.send(Notice.of("invitation:" + person.id() + ":" + Ids.newId(), person.id(), NoticeKind.INVITATION,
                        text("invitation.subject"),
                        text("greeting", person.fullName()),
                        text("invitation.invited", inviter, organization),
                        text("invitation.validity", PasswordLinkPurpose.INVITATION.validity().toDays()),
                        text("invitation.login", person.email()))
                .withAction(text("invitation.action"), PasswordLinkPurpose.INVITATION.path(token)));
    }

    void reset(UserRow person, String token) {
        notifications.send(Notice.of("password-reset:" + person.id() + ":" + Ids.newId(), person.id(), NoticeKind.PASSWORD_RESET,
                        text("reset.subject"),
                        text("greeting", person.fullName()),
                        text("reset.asked", person.email()),
                        text("reset.validity", PasswordLinkPurpose.RESET.validity().toMinutes()),
                        text("reset.notYou"))
                .withAction(text("reset.action"), PasswordLinkPurpose.RESET.path(token)));
    }

    void changed(UserRow person) {
        notifications.send(Notice.of("password-changed:" + person.id() + ":" + Ids.newId(), person.id(), NoticeKind.PASSWORD_CHANGED,
                        text("changed.subject"),
                        text("greeting", person.fullName()),
                        text("changed.when", person.email(), KyivTime.DATE_TIME.format(clock.instant().atZone(KyivTime.ZONE))),
                        text("changed.notYou"))
                .withAction(text("changed.action"), "/password/forgot"));
    }

    private static NoticeText text(String key, Object... arguments) {
        return NoticeText.of(PREFIX + key, arguments);
    }
}
