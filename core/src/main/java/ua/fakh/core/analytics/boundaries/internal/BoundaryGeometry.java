package ua.fakh.core.analytics.boundaries.internal;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.operation.valid.TopologyValidationError;
import org.locationtech.jts.simplify.TopologyPreservingSimplifier;
import ua.fakh.core.analytics.boundaries.MapProjection;

import java.util.List;

/**
 * Turns a feature's GeoJSON coordinates into a valid JTS (Multi)Polygon in longitude/latitude, or
 * refuses it saying why, and simplifies it once for drawing: nobody sees 100 m detail on a map of an
 * oblast, and the page stays light on a phone.
 */
final class BoundaryGeometry {
    /** Douglas–Peucker tolerance in degrees (about 300–450 m), preserving each ring's topology. */
    static final double TOLERANCE = 0.004;

    private static final GeometryFactory FACTORY = new GeometryFactory();

    private BoundaryGeometry() {
    }

    /** @throws Refusal when the shape cannot be a hromada's boundary */
    static Geometry of(String type, Object coordinates) {
        Geometry geometry = switch (type) {
            case "Polygon" -> polygon(coordinates, type);
            case "MultiPolygon" -> FACTORY.createMultiPolygon(list(coordinates, type).stream()
                    .map(polygon -> polygon(polygon, type)).toArray(Polygon[]::new));
            default -> throw new Refusal("problem.boundaries.geometryType", type);
        };
        if (geometry.isEmpty()) {
            throw new Refusal("problem.boundaries.coordinates", type);
        }
        TopologyValidationError error = new IsValidOp(geometry).getValidationError();
        if (error != null) {
            Coordinate at = error.getCoordinate();
            throw new Refusal("problem.boundaries.invalid." + kind(error.getErrorType()),
                    at == null ? "?" : round(at.y), at == null ? "?" : round(at.x));
        }
        return TopologyPreservingSimplifier.simplify(geometry, TOLERANCE);
    }

    private static Polygon polygon(Object coordinates, String type) {
        List<Object> rings = list(coordinates, type);
        if (rings.isEmpty()) {
            throw new Refusal("problem.boundaries.coordinates", type);
        }
        LinearRing shell = ring(rings.get(0), type);
        LinearRing[] holes = rings.subList(1, rings.size()).stream().map(ring -> ring(ring, type)).toArray(LinearRing[]::new);
        return FACTORY.createPolygon(shell, holes);
    }

    private static LinearRing ring(Object coordinates, String type) {
        List<Object> positions = list(coordinates, type);
        Coordinate[] ring = positions.stream().map(position -> position(position, type)).toArray(Coordinate[]::new);
        if (ring.length < 4 || !ring[0].equals2D(ring[ring.length - 1])) {
            throw new Refusal("problem.boundaries.ring", ring.length);
        }
        return FACTORY.createLinearRing(ring);
    }

    private static Coordinate position(Object coordinates, String type) {
        List<Object> numbers = list(coordinates, type);
        if (numbers.size() < 2 || !(numbers.get(0) instanceof Double lon) || !(numbers.get(1) instanceof Double lat)) {
            throw new Refusal("problem.boundaries.coordinates", type);
        }
        if (!MapProjection.inFrame(lon, lat)) {
            throw new Refusal("problem.boundaries.outside", round(lon), round(lat));
        }
        return new Coordinate(lon, lat);
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object coordinates, String type) {
        if (coordinates instanceof List<?> list) {
            return (List<Object>) list;
        }
        throw new Refusal("problem.boundaries.coordinates", type);
    }

    /** JTS's error types, grouped as a person would fix them. */
    private static String kind(int errorType) {
        return switch (errorType) {
            case TopologyValidationError.SELF_INTERSECTION, TopologyValidationError.RING_SELF_INTERSECTION -> "selfIntersection";
            case TopologyValidationError.HOLE_OUTSIDE_SHELL, TopologyValidationError.NESTED_HOLES,
                 TopologyValidationError.DISCONNECTED_INTERIOR -> "holes";
            case TopologyValidationError.NESTED_SHELLS, TopologyValidationError.DUPLICATE_RINGS -> "overlap";
            default -> "other";
        };
    }

    private static String round(double degrees) {
        return String.format(java.util.Locale.ROOT, "%.5f", degrees);
    }
}
