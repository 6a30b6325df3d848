package ua.fakh.core.organizations;

import io.micronaut.core.annotation.Nullable;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The places territory reports group people by, read from the database at every call (organisations
 * are few, thousands at most, and a changed code or kind counts on the next report).
 */
public interface Places {

    /** Every organisation of the installation, by id, with its place. */
    Map<UUID, Place> all();

    /** The organisations at or below {@code rootId} (all when null), parents before children. */
    List<Place> within(@Nullable UUID rootId);

    /** The kinds of institution, in the administrators' order. */
    List<Place.InstitutionKind> institutionKinds();
}
