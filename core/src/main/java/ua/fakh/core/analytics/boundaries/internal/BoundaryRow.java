package ua.fakh.core.analytics.boundaries.internal;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

@MappedEntity("map_boundaries")
record BoundaryRow(@Id String hromadaCode, String sourceCode, String svgPath, String geometryJson,
                   int minX, int minY, int maxX, int maxY, Instant uploadedAt) {
}
