package ua.fakh.core.organizations;

import io.micronaut.core.annotation.Nullable;
import ua.fakh.core.common.PageView;
import ua.fakh.core.security.Caller;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The organization tree: the one door other packages and modules use. "Is X inside Y's subtree"
 * is answered only here ({@link #isWithin}).
 */
public interface Organizations {

    OrganizationView create(NewOrganization organization, Caller actor);

    /** Renames or re-codes; kind and parent stay as they are. */
    OrganizationView update(UUID id, NewOrganization change, Caller actor);

    Optional<OrganizationView> find(UUID id);

    /** @throws ua.fakh.core.errors.NotFoundException when there is no such organization */
    OrganizationView get(UUID id);

    /** True when {@code organizationId} is {@code ancestorId} itself or anywhere below it. */
    boolean isWithin(UUID organizationId, UUID ancestorId);

    /** Direct children, by name; roots when {@code parentId} is null. */
    List<OrganizationView> children(@Nullable UUID parentId);

    /** The organization and everything below it, parents before children. */
    List<OrganizationView> subtree(UUID rootId);

    /** Case-insensitive search by Ukrainian or English name or EDRPOU. */
    PageView<OrganizationView> search(@Nullable String query, @Nullable Integer page, @Nullable Integer size);
}
