package ua.fakh.web.admin.users;

import io.micronaut.core.annotation.Nullable;
import ua.fakh.web.profile.ProfileFactsFields;

import java.util.Map;

/**
 * The edit page: the form, whether the last change was just saved, and the person's position and
 * years of experience with their form's errors ({@code facts} null when the installation does not ask for them).
 */
public record UserEditPage(UserEditModel form, boolean saved, @Nullable ProfileFactsFields facts, Map<String, String> factsErrors) {

    public UserEditPage(UserEditModel form, boolean saved, @Nullable ProfileFactsFields facts) {
        this(form, saved, facts, Map.of());
    }
}
