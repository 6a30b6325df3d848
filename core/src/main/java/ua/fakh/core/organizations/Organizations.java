package ua.fakh.core.organizations;

import io.micronaut.core.annotation.Nullable;
import ua.fakh.core.common.PageView;
import ua.fakh.core.errors.FieldError;
import ua.fakh.core.security.Caller;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The organization tree: the one door other packages and modules use. "Is X inside Y's subtree"
 * is answered only here ({@link #isWithin}).
 */
public interface Organizations {

    OrganizationView create(NewOrganization organization, Caller actor);

    /**
     * Renames or re-codes; a parent other than the current one moves it with everything below it (a
     * parent inside the organization itself, or of a kind it may not sit in, is refused). The kind stays.
     */
    OrganizationView update(UUID id, NewOrganization change, Caller actor);

    /** As {@link #update}, but every field is taken as given: no parent means the top level (the edit page's form). */
    OrganizationView replace(UUID id, NewOrganization organization, Caller actor);

    /**
     * What {@link #create} (no {@code id}) or {@link #replace} would refuse in {@code organization}, every
     * wrong field, without saving anything: for forms that found a field they could not even read.
     */
    List<FieldError> check(NewOrganization organization, @Nullable UUID id);

    /** Moves the organization, with its subtree, under {@code parentId}, or to the top level when null. */
    OrganizationView move(UUID id, @Nullable UUID parentId, Caller actor);

    /**
     * The organizations a person typed meaning one: its id, EDRPOU, code, or exact Ukrainian or
     * English name. Empty when unknown; more than one when ambiguous.
     */
    List<OrganizationView> resolve(String reference);

    Optional<OrganizationView> find(UUID id);

    /** Many at once, by id, in one read (unknown ids are left out): for lists that show each row's organization. */
    Map<UUID, OrganizationView> findAll(Collection<UUID> ids);

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
