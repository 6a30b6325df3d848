package ua.fakh.core.analytics.boundaries.internal;

import io.micronaut.core.annotation.Nullable;

import java.util.Map;

/**
 * One feature as the file wrote it, before any check: its scalar properties as text, and its
 * geometry's type and coordinates (nested lists of {@link Double}; {@link #BAD_COORDINATE} where a
 * value was not a number).
 *
 * @param index    its place in the file's {@code features} array, from 0
 * @param feature  whether it was an object of type "Feature"
 */
record RawFeature(int index, boolean feature, Map<String, String> properties,
                  @Nullable String geometryType, @Nullable Object coordinates) {

    /** Stands for a coordinate that was not a number (null, text, an object). */
    static final Object BAD_COORDINATE = new Object();

    /** The feature's number as a reader counts, from 1. */
    int number() {
        return index + 1;
    }
}
