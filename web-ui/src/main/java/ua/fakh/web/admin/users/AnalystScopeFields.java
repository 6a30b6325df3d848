package ua.fakh.web.admin.users;

import io.micronaut.core.annotation.Nullable;
import ua.fakh.web.admin.OrganizationPicker;

/**
 * The "Analyst scope" part of the user forms, shown while ANALYST is ticked: the choice ({@code WHOLE},
 * {@code ORGANIZATION}, or blank for "not chosen yet"), the organisation picker, and their errors.
 */
public record AnalystScopeFields(String choice, OrganizationPicker organization, @Nullable String error,
                                 @Nullable String organizationError) {

    public boolean is(String value) {
        return choice.equals(value);
    }
}
