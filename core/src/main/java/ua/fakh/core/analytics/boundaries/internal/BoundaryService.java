package ua.fakh.core.analytics.boundaries.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import jakarta.inject.Singleton;
import ua.fakh.core.analytics.boundaries.BoundarySettings;
import ua.fakh.core.analytics.boundaries.BoundarySummary;
import ua.fakh.core.analytics.boundaries.HromadaBoundaries;
import ua.fakh.core.analytics.boundaries.HromadaShape;
import ua.fakh.core.common.SizeLimitedInputStream;
import ua.fakh.core.errors.FieldError;
import ua.fakh.core.errors.ForbiddenException;
import ua.fakh.core.errors.ValidationException;
import ua.fakh.core.security.Caller;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

@Singleton
class BoundaryService implements HromadaBoundaries {
    /** RFC 7946's only coordinate system, under the names files still write it with. */
    private static final Set<String> LONGITUDE_LATITUDE = Set.of("urn:ogc:def:crs:OGC:1.3:CRS84", "urn:ogc:def:crs:EPSG::4326",
            "EPSG:4326", "CRS84", "OGC:CRS84");

    private final BoundaryRepository boundaries;
    private final BoundaryStore store;
    private final BoundarySettings settings;
    private final Clock clock;

    BoundaryService(BoundaryRepository boundaries, BoundaryStore store, BoundarySettings settings, Clock clock) {
        this.boundaries = boundaries;
        this.store = store;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public BoundarySummary replace(InputStream geoJson, @Nullable String property, Caller caller) {
        admin(caller);
        BoundaryFeatures features = new BoundaryFeatures(property);
        GeoJsonFeatureReader.Collection collection = read(geoJson, features);
        if (!"FeatureCollection".equals(collection.type()) || !collection.hasFeatures()) {
            throw ValidationException.of("file", "problem.boundaries.notFeatureCollection",
                    Objects.requireNonNullElse(collection.type(), "—"));
        }
        if (collection.crs() != null && !LONGITUDE_LATITUDE.contains(collection.crs())) {
            throw new ValidationException(List.of(FieldError.of("crs", "problem.boundaries.crs", collection.crs())),
                    HttpStatus.UNPROCESSABLE_ENTITY);
        }
        if (!features.problems().isEmpty()) {
            throw new ValidationException(features.problems(), HttpStatus.UNPROCESSABLE_ENTITY);
        }
        if (features.accepted().isEmpty()) {
            throw new ValidationException(List.of(FieldError.of("file", "problem.boundaries.noFeatures")),
                    HttpStatus.UNPROCESSABLE_ENTITY);
        }
        Instant now = clock.instant();
        List<BoundaryRow> rows = features.accepted().stream().map(a -> row(a, now)).toList();
        String used = Objects.requireNonNull(features.usedProperty());
        store.replaceAll(rows, used, caller);
        return new BoundarySummary(rows.size(), now, used);
    }

    @Override
    public BoundarySummary summary() {
        return new BoundarySummary(boundaries.count(), boundaries.latestUpload(), null);
    }

    @Override
    public void removeAll(Caller caller) {
        admin(caller);
        store.removeAll(caller);
    }

    @Override
    public Map<String, HromadaShape> shapes(Collection<String> katottgs) {
        Map<String, List<String>> codesByKey = katottgs.stream().filter(code -> HromadaCodes.ofPlace(code) != null)
                .distinct().collect(Collectors.groupingBy(HromadaCodes::ofPlace));
        if (codesByKey.isEmpty()) {
            return Map.of();
        }
        Map<String, HromadaShape> shapes = new HashMap<>();
        for (BoundaryRow row : boundaries.findByHromadaCodeIn(codesByKey.keySet())) {
            HromadaShape shape = new HromadaShape(row.hromadaCode(), row.svgPath(), row.geometryJson(),
                    row.minX(), row.minY(), row.maxX(), row.maxY());
            codesByKey.get(row.hromadaCode()).forEach(code -> shapes.put(code, shape));
        }
        return shapes;
    }

    private GeoJsonFeatureReader.Collection read(InputStream geoJson, BoundaryFeatures features) {
        long limit = settings.maxBoundaryBytes();
        InputStream limited = new SizeLimitedInputStream(geoJson, limit, settings::tooLarge);
        try {
            return GeoJsonFeatureReader.read(limited, features);
        } catch (GeoJsonFeatureReader.NotACollection notACollection) {
            throw ValidationException.of("file", "problem.boundaries.notFeatureCollection", "—");
        } catch (JsonProcessingException malformed) {
            JsonLocation at = malformed.getLocation();
            throw ValidationException.of("file", "problem.boundaries.malformed",
                    at == null ? "?" : String.valueOf(at.getLineNr()), at == null ? "?" : String.valueOf(at.getColumnNr()));
        } catch (IOException unreadable) { // bytes that are no text in any of JSON's encodings
            throw ValidationException.of("file", "problem.boundaries.malformed", "?", "?");
        }
    }

    private static BoundaryRow row(BoundaryFeatures.Accepted accepted, Instant now) {
        int[] box = SvgPathData.box(accepted.geometry());
        return new BoundaryRow(accepted.key(), accepted.code(), SvgPathData.of(accepted.geometry()),
                GeometryJson.of(accepted.geometry()), box[0], box[1], box[2], box[3], now);
    }

    private static void admin(Caller caller) {
        if (!caller.isAdmin()) {
            throw new ForbiddenException("problem.generic.forbidden");
        }
    }
}
