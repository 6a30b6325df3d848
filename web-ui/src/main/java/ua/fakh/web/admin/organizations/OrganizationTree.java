package ua.fakh.web.admin.organizations;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import ua.fakh.core.organizations.OrganizationView;
import ua.fakh.core.organizations.Organizations;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Builds the part of the tree a page shows: the roots, and the children of every organization on
 * the way down to {@code open} (so a newly created one, or the target of an "open" link, is visible
 * without JavaScript). Everything else is loaded on demand.
 */
@Singleton
class OrganizationTree {
    private final Organizations organizations;

    OrganizationTree(Organizations organizations) {
        this.organizations = organizations;
    }

    List<OrgNode> roots(@Nullable UUID open, @Nullable UUID highlighted) {
        return nodes(organizations.children(null), expandedPath(open), highlighted);
    }

    List<OrgNode> children(UUID parentId) {
        organizations.get(parentId); // 404 for an unknown id, rather than an empty list
        return nodes(organizations.children(parentId), Set.of(), null);
    }

    private List<OrgNode> nodes(List<OrganizationView> level, Set<UUID> expanded, @Nullable UUID highlighted) {
        List<OrgNode> nodes = new ArrayList<>();
        for (OrganizationView org : level) {
            List<OrgNode> children = expanded.contains(org.id())
                    ? nodes(organizations.children(org.id()), expanded, highlighted) : null;
            nodes.add(new OrgNode(org, children, org.id().equals(highlighted)));
        }
        return nodes;
    }

    /** {@code open} and its ancestors. */
    private Set<UUID> expandedPath(@Nullable UUID open) {
        Set<UUID> path = new HashSet<>();
        UUID current = open;
        while (current != null && path.add(current)) {
            current = organizations.find(current).map(OrganizationView::parentId).orElse(null);
        }
        return path;
    }
}
