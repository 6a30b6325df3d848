package ua.fakh.web.admin.organizations;

import io.micronaut.core.annotation.Nullable;
import ua.fakh.core.organizations.OrganizationKind;
import ua.fakh.web.admin.OrganizationPicker;

import java.util.List;
import java.util.Map;

/** The "new organization" form: what was typed, the parent picker, the fact fields, and the errors per field. */
public record OrganizationFormModel(@Nullable String kind, String name, String nameEn, String edrpou, String code,
                                    OrganizationPicker parent, FactsFields facts, FactsChoices choices, Map<String, String> errors) {

    public List<OrganizationKind> kinds() {
        return List.of(OrganizationKind.values());
    }
}
