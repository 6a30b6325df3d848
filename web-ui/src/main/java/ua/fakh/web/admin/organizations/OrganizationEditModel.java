package ua.fakh.web.admin.organizations;

import ua.fakh.core.organizations.OrganizationView;
import ua.fakh.web.admin.OrganizationPicker;

import java.util.Map;

/** The "edit organization" page: the organization, what was typed, the parent picker, the facts its kind has, errors per field, and whether it was just saved. */
public record OrganizationEditModel(OrganizationView org, String name, String nameEn, String edrpou, String code,
                                    OrganizationPicker parent, FactsFields facts, FactsChoices choices, Map<String, String> errors,
                                    boolean saved) {
}
