package ua.fakh.core.analytics.boundaries;

import io.micronaut.core.annotation.Nullable;
import ua.fakh.core.security.Caller;

import java.io.InputStream;
import java.util.Collection;
import java.util.Map;

/**
 * Hromada boundaries an administrator uploaded (a GeoJSON FeatureCollection keyed by KATOTTG), kept
 * simplified and ready to draw: the choropleth of hromadas and the GeoJSON export read them here.
 * Without an upload there are none, and the maps fall back to the oblast tile grid.
 */
public interface HromadaBoundaries {

    /**
     * Reads the whole file, checks every feature, and only then replaces all boundaries in one
     * transaction (audited as {@code map.boundaries.replace}): a refused file changes nothing.
     *
     * @param geoJson  the file, read at most up to {@link BoundarySettings#maxBoundaryBytes()} (413 past it)
     * @param property the feature property holding the KATOTTG code; null or blank: the usual names are tried
     * @throws ua.fakh.core.errors.ValidationException naming what is wrong and at which feature (400 for a
     *                                                 file that is not a GeoJSON FeatureCollection, 422 for refused features)
     * @throws ua.fakh.core.errors.ForbiddenException  for anyone but an administrator
     */
    BoundarySummary replace(InputStream geoJson, @Nullable String property, Caller caller);

    /** How many hromadas have a boundary, and since when. */
    BoundarySummary summary();

    /** Removes every boundary (audited); the maps show oblast tiles only again. */
    void removeAll(Caller caller);

    /**
     * The boundaries of the given places, by the code as given: a hromada's full KATOTTG (or any code
     * below it, whose first nine characters name the hromada). Codes without a boundary are absent.
     */
    Map<String, HromadaShape> shapes(Collection<String> katottgs);
}
