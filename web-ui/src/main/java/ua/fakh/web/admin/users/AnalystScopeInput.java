package ua.fakh.web.admin.users;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import ua.fakh.core.analytics.AnalystScopeChoice;
import ua.fakh.core.analytics.AnalyticsScopes;
import ua.fakh.core.security.Role;
import ua.fakh.web.admin.OrganizationPickers;
import ua.fakh.web.page.FormIds;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Reads and fills the forms' "Analyst scope": the radio {@code analystScope} ({@code WHOLE} or
 * {@code ORGANIZATION}) and the picker {@code analystOrganizationId}. Nothing chosen keeps the scope
 * as it is (a new analyst then has none and sees no numbers yet); without the ANALYST role the part is
 * hidden and ignored. An organisation chosen without naming one goes to the service as an inconsistent
 * choice, so it is refused together with every other field.
 */
@Singleton
class AnalystScopeInput {
    static final String WHOLE = "WHOLE";
    static final String ORGANIZATION = "ORGANIZATION";
    static final String PICKER = "analystOrganizationId";

    private final OrganizationPickers pickers;
    private final AnalyticsScopes scopes;

    AnalystScopeInput(OrganizationPickers pickers, AnalyticsScopes scopes) {
        this.pickers = pickers;
        this.scopes = scopes;
    }

    static @Nullable AnalystScopeChoice choice(Set<Role> roles, @Nullable String scope, @Nullable String organizationId) {
        if (!roles.contains(Role.ANALYST) || scope == null || scope.isBlank()) {
            return null;
        }
        return switch (scope) {
            case WHOLE -> AnalystScopeChoice.whole();
            case ORGANIZATION -> new AnalystScopeChoice(null, FormIds.orNull(organizationId));
            default -> new AnalystScopeChoice(null, null);
        };
    }

    /** The service names the scope's fields {@code analystScope…}; the page shows them at its radio and its picker. */
    static Map<String, String> onThePage(Map<String, String> errors) {
        Map<String, String> shown = new LinkedHashMap<>();
        errors.forEach((field, message) -> shown.putIfAbsent(field.equals("analystScope.organizationId") ? PICKER
                : field.startsWith("analystScope") ? "analystScope" : field, message));
        return shown;
    }

    /** The part as the person's current scope fills it. */
    AnalystScopeFields current(UUID userId) {
        return scopes.analystScope(userId)
                .map(scope -> scope.organizationId() == null ? typed(WHOLE, null, Map.of()) : typed(ORGANIZATION,
                        scope.organizationId().toString(), Map.of()))
                .orElse(typed("", null, Map.of()));
    }

    /** The part as typed, with the errors of the whole form (only its own are taken). */
    AnalystScopeFields typed(@Nullable String scope, @Nullable String organizationId, Map<String, String> errors) {
        String choice = WHOLE.equals(scope) || ORGANIZATION.equals(scope) ? scope : "";
        return new AnalystScopeFields(choice, pickers.picker(PICKER, null, FormIds.orNull(organizationId), false),
                errors.get("analystScope"), errors.get(PICKER));
    }
}
