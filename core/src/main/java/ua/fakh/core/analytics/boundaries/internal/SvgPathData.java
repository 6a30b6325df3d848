package ua.fakh.core.analytics.boundaries.internal;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;
import ua.fakh.core.analytics.boundaries.MapProjection;

/**
 * A (Multi)Polygon in longitude/latitude as compact SVG path data in {@link MapProjection}'s frame:
 * each ring an absolute move, then whole-unit relative lines ({@code l}), then {@code z}; points that
 * round onto the previous one are dropped. Holes are rings of the same path: with
 * {@code fill-rule="evenodd"} they stay empty.
 */
final class SvgPathData {
    private SvgPathData() {
    }

    static String of(Geometry geometry) {
        StringBuilder path = new StringBuilder();
        for (int i = 0; i < geometry.getNumGeometries(); i++) {
            Polygon polygon = (Polygon) geometry.getGeometryN(i);
            ring(polygon.getExteriorRing(), path);
            for (int h = 0; h < polygon.getNumInteriorRing(); h++) {
                ring(polygon.getInteriorRingN(h), path);
            }
        }
        return path.toString();
    }

    /** The geometry's box in the projected frame, rounded outwards: {minX, minY, maxX, maxY}. */
    static int[] box(Geometry geometry) {
        Envelope e = geometry.getEnvelopeInternal();
        return new int[]{(int) Math.floor(MapProjection.x(e.getMinX())), (int) Math.floor(MapProjection.y(e.getMaxY())),
                (int) Math.ceil(MapProjection.x(e.getMaxX())), (int) Math.ceil(MapProjection.y(e.getMinY()))};
    }

    private static void ring(LineString ring, StringBuilder path) {
        Coordinate[] points = ring.getCoordinates();
        long x = Math.round(MapProjection.x(points[0].x));
        long y = Math.round(MapProjection.y(points[0].y));
        path.append('M').append(x).append(' ').append(y).append('l');
        boolean first = true;
        for (int i = 1; i < points.length - 1; i++) { // the closing point is the z
            long nx = Math.round(MapProjection.x(points[i].x));
            long ny = Math.round(MapProjection.y(points[i].y));
            if (nx == x && ny == y) {
                continue;
            }
            if (!first) {
                path.append(' ');
            }
            path.append(nx - x).append(' ').append(ny - y);
            first = false;
            x = nx;
            y = ny;
        }
        path.append('z');
    }
}
