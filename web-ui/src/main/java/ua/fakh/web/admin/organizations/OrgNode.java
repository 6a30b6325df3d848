package ua.fakh.web.admin.organizations;

import io.micronaut.core.annotation.Nullable;
import ua.fakh.core.organizations.OrganizationView;

import java.util.List;

/**
 * One organization in the tree. {@code children} is null while not loaded (the page fetches them
 * when the node is opened) and a list, maybe empty, once known.
 */
public record OrgNode(OrganizationView org, @Nullable List<OrgNode> children, boolean highlighted) {

    public boolean loaded() {
        return children != null;
    }
}
