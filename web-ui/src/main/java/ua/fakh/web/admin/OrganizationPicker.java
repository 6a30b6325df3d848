package ua.fakh.web.admin;

import io.micronaut.core.annotation.Nullable;
import ua.fakh.core.organizations.OrganizationView;

import java.util.List;
import java.util.UUID;

/**
 * A select of organizations with a filter box: the choices shown ({@code options}, which always
 * include the selected one) and whether "none" (top level) is allowed.
 */
public record OrganizationPicker(String field, List<OrganizationView> options, @Nullable UUID selected, boolean allowNone) {

    public boolean isSelected(OrganizationView org) {
        return org.id().equals(selected);
    }
}
