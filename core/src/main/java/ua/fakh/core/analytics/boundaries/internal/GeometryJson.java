package ua.fakh.core.analytics.boundaries.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A simplified boundary as a GeoJSON geometry (RFC 7946: longitude first, exterior rings
 * counter-clockwise, holes clockwise), coordinates to five decimals (about a metre): kept beside the
 * SVG path so the export gives back the same shapes the map draws.
 */
final class GeometryJson {
    private static final JsonFactory JSON = JsonFactory.builder().build();

    private GeometryJson() {
    }

    static String of(Geometry geometry) {
        Geometry oriented = geometry.copy();
        oriented.normalize(); // JTS: shells clockwise, holes counter-clockwise; RFC 7946 wants the reverse
        oriented = oriented.reverse();
        StringWriter out = new StringWriter();
        try (JsonGenerator json = JSON.createGenerator(out)) {
            json.writeStartObject();
            boolean multi = oriented.getNumGeometries() > 1;
            json.writeStringField("type", multi ? "MultiPolygon" : "Polygon");
            json.writeArrayFieldStart("coordinates");
            for (int i = 0; i < oriented.getNumGeometries(); i++) {
                polygon((Polygon) oriented.getGeometryN(i), json, multi);
            }
            json.writeEndArray();
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static void polygon(Polygon polygon, JsonGenerator json, boolean multi) throws IOException {
        if (multi) {
            json.writeStartArray();
        }
        ring(polygon.getExteriorRing(), json);
        for (int h = 0; h < polygon.getNumInteriorRing(); h++) {
            ring(polygon.getInteriorRingN(h), json);
        }
        if (multi) {
            json.writeEndArray();
        }
    }

    private static void ring(LineString ring, JsonGenerator json) throws IOException {
        json.writeStartArray();
        for (Coordinate c : ring.getCoordinates()) {
            json.writeStartArray();
            json.writeNumber(round(c.x));
            json.writeNumber(round(c.y));
            json.writeEndArray();
        }
        json.writeEndArray();
    }

    private static BigDecimal round(double degrees) {
        return BigDecimal.valueOf(degrees).setScale(5, RoundingMode.HALF_UP).stripTrailingZeros();
    }
}
