package ua.fakh.core.analytics.boundaries.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.micronaut.core.annotation.Nullable;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Streams a GeoJSON FeatureCollection (RFC 7946) one feature at a time with jackson-core, so a file of
 * tens of megabytes never sits whole in memory: only the feature being read does. Reads shape, not
 * meaning: what a feature must be is {@link BoundaryFeatures}' business.
 */
final class GeoJsonFeatureReader {
    private static final JsonFactory JSON = JsonFactory.builder().build();
    /** A MultiPolygon's positions sit four arrays deep; anything deeper is not a boundary. */
    private static final int MAX_DEPTH = 5;

    /** The top level of the file: its {@code type} and, when it names one, its {@code crs}. */
    record Collection(@Nullable String type, boolean hasFeatures, @Nullable String crs) {
    }

    /** Thrown when the top level is not an object, or {@code features} is not an array. */
    static final class NotACollection extends RuntimeException {
        NotACollection() {
            super(null, null, false, false);
        }
    }

    private GeoJsonFeatureReader() {
    }

    /**
     * Hands every element of {@code features} to {@code each} in file order.
     *
     * @throws com.fasterxml.jackson.core.JsonProcessingException when the file is not JSON
     * @throws NotACollection when it is JSON of another shape
     */
    static Collection read(InputStream in, Consumer<RawFeature> each) throws IOException {
        try (JsonParser parser = JSON.createParser(in)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new NotACollection();
            }
            String type = null;
            String crs = null;
            boolean features = false;
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                switch (name) {
                    case "type" -> {
                        type = value == JsonToken.VALUE_STRING ? parser.getText() : "?";
                        parser.skipChildren();
                    }
                    case "crs" -> crs = crsName(parser);
                    case "features" -> {
                        if (value != JsonToken.START_ARRAY) {
                            throw new NotACollection();
                        }
                        features = true;
                        int index = 0;
                        while (parser.nextToken() != JsonToken.END_ARRAY) {
                            each.accept(feature(parser, index++));
                        }
                    }
                    default -> parser.skipChildren();
                }
                if (type != null && !type.equals("FeatureCollection")) {
                    return new Collection(type, features, crs); // the caller refuses it: no need to read on
                }
            }
            if (parser.nextToken() != null) {
                throw new com.fasterxml.jackson.core.JsonParseException(parser, "content after the end");
            }
            return new Collection(type, features, crs);
        }
    }

    private static RawFeature feature(JsonParser parser, int index) throws IOException {
        if (parser.currentToken() != JsonToken.START_OBJECT) {
            parser.skipChildren();
            return new RawFeature(index, false, Map.of(), null, null);
        }
        boolean feature = false;
        Map<String, String> properties = Map.of();
        String geometryType = null;
        Object coordinates = null;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            JsonToken value = parser.nextToken();
            if (name.equals("type")) {
                feature = value == JsonToken.VALUE_STRING && parser.getText().equals("Feature");
            } else if (name.equals("properties") && value == JsonToken.START_OBJECT) {
                properties = properties(parser);
            } else if (name.equals("geometry") && value == JsonToken.START_OBJECT) {
                Object[] geometry = geometry(parser);
                geometryType = (String) geometry[0];
                coordinates = geometry[1];
            } else {
                parser.skipChildren();
            }
        }
        return new RawFeature(index, feature, properties, geometryType, coordinates);
    }

    /** Scalars as text (a number as written); nested objects and arrays are no codes and are skipped. */
    private static Map<String, String> properties(JsonParser parser) throws IOException {
        Map<String, String> properties = new LinkedHashMap<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            JsonToken value = parser.nextToken();
            if (value.isScalarValue() && value != JsonToken.VALUE_NULL) {
                properties.put(name, parser.getText());
            } else {
                parser.skipChildren();
            }
        }
        return properties;
    }

    /** {type, coordinates}; a geometry without coordinates (a GeometryCollection) keeps only its type. */
    private static Object[] geometry(JsonParser parser) throws IOException {
        String type = "";
        Object coordinates = null;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            JsonToken value = parser.nextToken();
            if (name.equals("type") && value == JsonToken.VALUE_STRING) {
                type = parser.getText();
            } else if (name.equals("coordinates")) {
                coordinates = coordinates(parser, 0);
            } else {
                parser.skipChildren();
            }
        }
        return new Object[]{type, coordinates};
    }

    private static Object coordinates(JsonParser parser, int depth) throws IOException {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
            return parser.getDoubleValue();
        }
        if (token != JsonToken.START_ARRAY || depth >= MAX_DEPTH) {
            parser.skipChildren();
            return RawFeature.BAD_COORDINATE;
        }
        List<Object> items = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            items.add(coordinates(parser, depth + 1));
        }
        return items;
    }

    /** A named CRS ({@code {"type":"name","properties":{"name":"EPSG:3857"}}}), as GeoJSON before RFC 7946 wrote it. */
    private static @Nullable String crsName(JsonParser parser) throws IOException {
        if (parser.currentToken() != JsonToken.START_OBJECT) {
            parser.skipChildren();
            return null;
        }
        String name = null;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            JsonToken value = parser.nextToken();
            if (field.equals("properties") && value == JsonToken.START_OBJECT) {
                Map<String, String> properties = properties(parser);
                name = properties.get("name");
            } else {
                parser.skipChildren();
            }
        }
        return name;
    }
}
