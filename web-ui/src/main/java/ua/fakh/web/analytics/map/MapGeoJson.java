package ua.fakh.web.analytics.map;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import ua.fakh.core.analytics.MapLayer;
import ua.fakh.core.analytics.SmallCells;
import ua.fakh.core.analytics.boundaries.HromadaShape;
import ua.fakh.core.analytics.map.OblastTileGrid;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;

/**
 * A map layer as a GeoJSON FeatureCollection (RFC 7946, longitude/latitude): one feature per place of
 * the layer with {@code katottg}, {@code name}, {@code value} (null when hidden or unknown) and
 * {@code shown} (what the page shows: the number, "<5" or "—"). Hromadas carry the boundary the map
 * draws (null geometry when none was uploaded), oblasts a point at their administrative centre.
 * Hidden values stay hidden here as on the page.
 */
final class MapGeoJson {
    private static final JsonFactory JSON = JsonFactory.builder().build();

    private MapGeoJson() {
    }

    static String of(MapLayer layer, Map<String, HromadaShape> shapes) {
        StringWriter out = new StringWriter();
        try (JsonGenerator json = JSON.createGenerator(out)) {
            json.writeStartObject();
            json.writeStringField("type", "FeatureCollection");
            json.writeStringField("name", layer.title());
            json.writeArrayFieldStart("features");
            for (MapLayer.Area area : layer.areas()) {
                feature(json, area, "oblast".equals(layer.level()) ? oblastCentre(area) : hromada(area, shapes));
            }
            json.writeEndArray();
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static void feature(JsonGenerator json, MapLayer.Area area, Optional<String> geometry) throws IOException {
        json.writeStartObject();
        json.writeStringField("type", "Feature");
        json.writeFieldName("geometry");
        if (geometry.isPresent()) {
            json.writeRawValue(geometry.get());
        } else {
            json.writeNull();
        }
        json.writeObjectFieldStart("properties");
        json.writeStringField("katottg", area.katottg());
        json.writeStringField("name", area.name());
        if (area.value() == null) {
            json.writeNullField("value");
        } else if (area.value() == Math.rint(area.value())) {
            json.writeNumberField("value", area.value().longValue());
        } else {
            json.writeNumberField("value", area.value());
        }
        json.writeStringField("shown", area.shown());
        json.writeBooleanField("hidden", SmallCells.HIDDEN.equals(area.shown()));
        json.writeEndObject();
        json.writeEndObject();
    }

    private static Optional<String> hromada(MapLayer.Area area, Map<String, HromadaShape> shapes) {
        return Optional.ofNullable(shapes.get(area.katottg())).map(HromadaShape::geometryJson);
    }

    private static Optional<String> oblastCentre(MapLayer.Area area) {
        return OblastTileGrid.of(area.katottg()).map(tile -> String.format(java.util.Locale.ROOT,
                "{\"type\":\"Point\",\"coordinates\":[%.4f,%.4f]}", tile.longitude(), tile.latitude()));
    }
}
