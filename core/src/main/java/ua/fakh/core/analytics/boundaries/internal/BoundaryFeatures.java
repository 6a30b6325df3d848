package ua.fakh.core.analytics.boundaries.internal;

import io.micronaut.core.annotation.Nullable;
import org.locationtech.jts.geom.Geometry;
import ua.fakh.core.errors.FieldError;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Checks the features of a boundary file one by one as they stream past, keeping the simplified
 * geometry of each good one and a message for each bad one ({@code features[i]…}, the feature's number
 * from 1 and its code in the sentence). The file is taken only when no feature was refused.
 */
final class BoundaryFeatures implements Consumer<RawFeature> {
    /** Where boundary files usually keep the code, tried in this order (letter case aside) when the admin names none. */
    static final List<String> USUAL_PROPERTIES = List.of("katottg", "katotth", "katottg_code", "code", "kod",
            "admin_3_code", "adm3_pcode", "admin3pcode", "hromada_code", "pcode");
    /** A file wrong throughout would otherwise list a thousand identical sentences. */
    static final int MAX_PROBLEMS = 20;

    /** A hromada's boundary, ready to store: {@code code} as the file wrote it. */
    record Accepted(String key, String code, Geometry geometry) {
    }

    private final @Nullable String property;
    private final Map<String, Integer> numbers = new LinkedHashMap<>();
    private final List<Accepted> accepted = new ArrayList<>();
    private final List<FieldError> problems = new ArrayList<>();
    private int unlisted;
    private @Nullable String usedProperty;

    BoundaryFeatures(@Nullable String property) {
        this.property = property == null || property.isBlank() ? null : property.strip();
    }

    @Override
    public void accept(RawFeature raw) {
        String field = "features[" + raw.index() + "]";
        if (!raw.feature()) {
            refuse(field, "problem.boundaries.notFeature", raw.number());
            return;
        }
        Map.Entry<String, String> code = code(raw.properties());
        if (code == null) {
            if (property != null) {
                refuse(field + ".properties." + property, "problem.boundaries.missingProperty", raw.number(), property);
            } else {
                refuse(field + ".properties", "problem.boundaries.noCode", raw.number(), String.join(", ", USUAL_PROPERTIES));
            }
            return;
        }
        String codeField = field + ".properties." + code.getKey();
        String key = HromadaCodes.ofUploaded(code.getValue());
        if (key == null) {
            refuse(codeField, "problem.boundaries.badCode", raw.number(), code.getValue());
            return;
        }
        Integer earlier = numbers.putIfAbsent(key, raw.number());
        if (earlier != null) {
            refuse(codeField, "problem.boundaries.duplicate", raw.number(), code.getValue(), earlier);
            return;
        }
        if (raw.geometryType() == null) {
            refuse(field + ".geometry", "problem.boundaries.noGeometry", raw.number(), code.getValue());
            return;
        }
        try {
            accepted.add(new Accepted(key, code.getValue().strip(), BoundaryGeometry.of(raw.geometryType(), raw.coordinates())));
            usedProperty = code.getKey();
        } catch (Refusal refusal) {
            Object[] arguments = new Object[refusal.arguments().length + 2];
            arguments[0] = raw.number();
            arguments[1] = code.getValue();
            System.arraycopy(refusal.arguments(), 0, arguments, 2, refusal.arguments().length);
            refuse(field + ".geometry", refusal.key(), arguments);
        }
    }

    List<Accepted> accepted() {
        return List.copyOf(accepted);
    }

    /** The problems found, the last one saying how many more there were past {@link #MAX_PROBLEMS}. */
    List<FieldError> problems() {
        if (unlisted == 0) {
            return List.copyOf(problems);
        }
        List<FieldError> all = new ArrayList<>(problems);
        all.add(FieldError.of("file", "problem.boundaries.moreProblems", unlisted));
        return all;
    }

    /** The property the codes were read from (the last good feature's), or null when none was good. */
    @Nullable String usedProperty() {
        return usedProperty;
    }

    private @Nullable Map.Entry<String, String> code(Map<String, String> properties) {
        List<String> names = property != null ? List.of(property) : USUAL_PROPERTIES;
        for (String name : names) {
            for (Map.Entry<String, String> entry : properties.entrySet()) {
                if (entry.getKey().toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT)) && !entry.getValue().isBlank()) {
                    return entry;
                }
            }
        }
        return null;
    }

    private void refuse(String field, String key, Object... arguments) {
        if (problems.size() < MAX_PROBLEMS) {
            problems.add(FieldError.of(field, key, Arrays.copyOf(arguments, arguments.length)));
        } else {
            unlisted++;
        }
    }
}
