package ua.fakh.web.session;

import ua.fakh.core.users.PasswordLink;
import ua.fakh.core.users.PasswordLinkPurpose;

import java.util.Map;

/** The page an invitation or reset link opens: where the form goes, whose link it is, the last try's errors by field. */
public record ChoosePasswordModel(String action, PasswordLink link, Map<String, String> errors) {

    public boolean invitation() {
        return link.purpose() == PasswordLinkPurpose.INVITATION;
    }
}
