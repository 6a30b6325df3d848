package ua.fakh.web.admin.organizations;

import io.micronaut.core.annotation.Nullable;
import ua.fakh.core.organizations.OrganizationView;

import java.util.List;

/** The organizations page: the tree, the form, and the organization just created (if any). */
public record OrganizationTreeModel(List<OrgNode> roots, OrganizationFormModel form, @Nullable OrganizationView created) {
}
