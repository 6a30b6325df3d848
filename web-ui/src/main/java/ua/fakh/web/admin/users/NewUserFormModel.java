package ua.fakh.web.admin.users;

import ua.fakh.core.security.Role;
import ua.fakh.web.admin.OrganizationPicker;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** The "new user" form: what was typed, the organization picker, the roles ticked, an analyst's scope, and errors per field. */
public record NewUserFormModel(String email, String fullName, String locale, OrganizationPicker organization,
                               Set<String> roles, Map<String, String> errors, AnalystScopeFields analyst) {

    public List<Role> allRoles() {
        return List.of(Role.values());
    }

    public boolean ticked(Role role) {
        return roles.contains(role.name());
    }
}
