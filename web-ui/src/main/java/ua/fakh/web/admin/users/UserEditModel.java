package ua.fakh.web.admin.users;

import ua.fakh.core.security.Role;
import ua.fakh.core.users.UserView;
import ua.fakh.web.admin.OrganizationPicker;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One person as an administrator edits them: the values shown (typed ones after a refusal), the
 * organization picker, the roles ticked, errors per field, and whether it is the administrator themself
 * (who cannot disable their own account), and the analyst's scope.
 */
public record UserEditModel(UserView user, String fullName, String locale, OrganizationPicker organization,
                            Set<String> roles, Map<String, String> errors, boolean self, AnalystScopeFields analyst) {

    public List<Role> allRoles() {
        return List.of(Role.values());
    }

    public boolean ticked(Role role) {
        return roles.contains(role.name());
    }
}
