package ua.fakh.web.analytics.map;

import io.micronaut.core.annotation.Nullable;
import ua.fakh.core.analytics.boundaries.BoundarySummary;

import java.util.List;

/**
 * {@code admin/map}: what is uploaded, the property typed last time, and after a refused upload every
 * problem in the reader's language.
 *
 * @param notice   {@code uploaded} or {@code removed} after a change, else null
 * @param limitMb  the largest file taken, in MB
 */
public record BoundaryPageModel(BoundarySummary summary, String property, List<String> problems,
                                @Nullable String notice, long limitMb, List<String> usualProperties) {

    public BoundaryPageModel {
        problems = List.copyOf(problems);
        usualProperties = List.copyOf(usualProperties);
    }
}
