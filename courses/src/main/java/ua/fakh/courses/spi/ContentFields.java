package ua.fakh.courses.spi;

import ua.fakh.core.errors.FieldError;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * Reads a content JSON object field by field, collecting every problem instead of stopping at the
 * first, so a trainer sees all of them at once. Field names in errors are prefixed with
 * {@code content.}; messages are bundle keys ({@code problem.field.content.*} in {@code i18n/content}), so
 * the trainer reads them in their own language. Call {@link #done()} at the end: it throws when anything was wrong.
 */
public final class ContentFields {
    private final Map<String, Object> content;
    private final Map<String, Object> normalised = new LinkedHashMap<>();
    private final List<FieldError> errors = new ArrayList<>();

    public ContentFields(Map<String, Object> content) {
        this.content = content == null ? Map.of() : content;
    }

    /** A string of 1..maxLength characters (trimmed); null when absent and optional. */
    public String text(String field, boolean required, int maxLength) {
        Object value = content.get(field);
        if (value == null || (value instanceof String s && s.isBlank())) {
            if (required) {
                reject(field, "problem.field.content.required");
            }
            return null;
        }
        if (!(value instanceof String s)) {
            reject(field, "problem.field.content.notText");
            return null;
        }
        String text = s.strip();
        if (text.length() > maxLength) {
            reject(field, "problem.field.content.tooLong");
            return null;
        }
        normalised.put(field, text);
        return text;
    }

    /** An absolute http or https address (never {@code javascript:} or {@code data:}). */
    public URI webUrl(String field, boolean required) {
        String text = text(field, required, 2000);
        if (text == null) {
            return null;
        }
        try {
            URI uri = new URI(encodeUnsafe(text));
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
                normalised.remove(field);
                reject(field, "problem.field.content.notWebAddress");
                return null;
            }
            normalised.put(field, uri.toString());
            return uri;
        } catch (java.net.URISyntaxException e) {
            normalised.remove(field);
            reject(field, "problem.field.content.badAddress");
            return null;
        }
    }

    /** Addresses pasted from a browser or a document may hold spaces or quotes: encode those, keep the rest. */
    private static String encodeUnsafe(String url) {
        StringBuilder sb = new StringBuilder();
        for (char c : url.toCharArray()) {
            if (" \"<>{}|\\^`".indexOf(c) >= 0) {
                sb.append('%').append(String.format("%02X", (int) c));
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** The id of a material of this course whose media type starts with one of {@code mediaPrefixes} (any when empty). */
    public MaterialInfo material(String field, boolean required, CourseMaterials materials, String... mediaPrefixes) {
        String text = text(field, required, 36);
        if (text == null) {
            return null;
        }
        try {
            UUID id = UUID.fromString(text);
            MaterialInfo info = materials.find(id).orElse(null);
            if (info == null) {
                normalised.remove(field);
                reject(field, "problem.field.content.noSuchMaterial");
                return null;
            }
            if (mediaPrefixes.length > 0 && java.util.Arrays.stream(mediaPrefixes).noneMatch(p -> info.mediaType().startsWith(p))) {
                normalised.remove(field);
                reject(field, "problem.field.content.wrongMaterialType");
                return null;
            }
            return info;
        } catch (IllegalArgumentException e) {
            normalised.remove(field);
            reject(field, "problem.field.content.notMaterialId");
            return null;
        }
    }

    public void reject(String field, String message) {
        errors.add(new FieldError("content." + field, message));
    }

    /** The normalised content, or the collected errors as a {@link ContentRejectedException}. */
    public Map<String, Object> done() {
        if (!errors.isEmpty()) {
            throw new ContentRejectedException(errors);
        }
        return normalised;
    }
}
