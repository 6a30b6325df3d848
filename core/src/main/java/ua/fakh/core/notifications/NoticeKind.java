package ua.fakh.core.notifications;

/**
 * What a message is about. A person chooses channels per kind in the profile; the kinds about the
 * account itself go by e-mail whatever the person chose, because they are how a person gets back in.
 */
public enum NoticeKind {
    INVITATION(true),
    PASSWORD_RESET(true),
    PASSWORD_CHANGED(true),
    ENROLLED(false),
    SESSION_TOMORROW(false),
    DUE_SOON(false),
    OVERDUE(false),
    QUIZ_CLOSING(false),
    RESULT_AVAILABLE(false),
    CERTIFICATE_ISSUED(false),
    CERTIFICATE_EXPIRING(false),
    GRADING_DIGEST(false),
    HR_DIGEST(false);

    private final boolean accountSecurity;

    NoticeKind(boolean accountSecurity) {
        this.accountSecurity = accountSecurity;
    }

    /** Invitation, reset, password changed: always by e-mail, never by a messenger, never switched off. */
    public boolean isAccountSecurity() {
        return accountSecurity;
    }

    /** The bundle key of the kind's name on the profile's preference page ({@code notice.kind.DUE_SOON}). */
    public String nameKey() {
        return "notice.kind." + name();
    }
}
