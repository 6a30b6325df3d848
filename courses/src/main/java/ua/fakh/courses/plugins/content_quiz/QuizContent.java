package ua.fakh.courses.plugins.content_quiz;

import jakarta.inject.Singleton;
import ua.fakh.core.plugins.PluginDescriptor;
import ua.fakh.core.plugins.PluginStrings;
import ua.fakh.courses.spi.ContentFields;
import ua.fakh.courses.spi.ContentType;
import ua.fakh.courses.spi.CourseMaterials;
import ua.fakh.courses.spi.SafeHtml;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * A quiz lesson: fixed {@code questionIds} (question families of the course's bank) or
 * {@code randomCount} questions of a {@code category}; {@code shuffle}, {@code timeLimitSeconds},
 * {@code attemptsAllowed}, {@code passingScorePercent}, {@code grading} (HIGHEST or LAST),
 * {@code showAnswers} (NEVER, AFTER_SUBMIT, AFTER_PASS) and a {@code role}: GRADED, PRE_TEST (never
 * holds completion up) or POST_TEST. Done by passing it, never by opening or ticking it.
 */
@Singleton
public class QuizContent implements ContentType {
    public static final String ID = "content_quiz";
    private static final Set<String> ROLES = Set.of("GRADED", "PRE_TEST", "POST_TEST");
    private static final Set<String> GRADINGS = Set.of("HIGHEST", "LAST");
    private static final Set<String> SHOW = Set.of("NEVER", "AFTER_SUBMIT", "AFTER_PASS");

    @Override
    public PluginDescriptor descriptor() {
        return PluginDescriptor.of(ID, "1.0.0");
    }

    @Override
    public Map<String, Object> validate(Map<String, Object> content, CourseMaterials materials) {
        ContentFields fields = new ContentFields(content);
        Map<String, Object> c = content == null ? Map.of() : content;
        Map<String, Object> extra = new java.util.LinkedHashMap<>();
        Object ids = c.get("questionIds");
        boolean random = c.get("category") != null || c.get("randomCount") != null;
        if ((ids == null) == !random) {
            fields.reject("questionIds", "give either questionIds or category with randomCount, exactly one");
        } else if (ids != null) {
            List<String> list = new ArrayList<>();
            if (!(ids instanceof List<?> raw) || raw.isEmpty() || raw.size() > 200) {
                fields.reject("questionIds", "must be a list of 1 to 200 question ids");
            } else {
                for (Object id : raw) {
                    try {
                        list.add(UUID.fromString(String.valueOf(id)).toString());
                    } catch (IllegalArgumentException e) {
                        fields.reject("questionIds", "not a question id: " + id);
                    }
                }
                extra.put("questionIds", list);
            }
        } else {
            fields.text("category", true, 300);
            extra.put("randomCount", positive(fields, c, "randomCount", 1, 200, null));
        }
        extra.put("shuffle", Boolean.TRUE.equals(c.get("shuffle")));
        Integer limit = positive(fields, c, "timeLimitSeconds", 30, 24 * 3600, null);
        if (limit != null) {
            extra.put("timeLimitSeconds", limit);
        }
        Integer attempts = positive(fields, c, "attemptsAllowed", 1, 100, null);
        if (attempts != null) {
            extra.put("attemptsAllowed", attempts);
        }
        extra.put("passingScorePercent", positive(fields, c, "passingScorePercent", 0, 100, 60));
        extra.put("role", choice(fields, c, "role", ROLES, "GRADED"));
        extra.put("grading", choice(fields, c, "grading", GRADINGS, "HIGHEST"));
        extra.put("showAnswers", choice(fields, c, "showAnswers", SHOW, "AFTER_SUBMIT"));
        Map<String, Object> result = new java.util.LinkedHashMap<>(fields.done());
        result.putAll(extra);
        return result;
    }

    private static Integer positive(ContentFields fields, Map<String, Object> c, String field, int min, int max, Integer fallback) {
        Object value = c.get(field);
        if (value == null) {
            return fallback;
        }
        if (!(value instanceof Number n) || n.doubleValue() != Math.floor(n.doubleValue()) || n.intValue() < min || n.intValue() > max) {
            fields.reject(field, "must be a whole number from " + min + " to " + max);
            return fallback;
        }
        return n.intValue();
    }

    private static String choice(ContentFields fields, Map<String, Object> c, String field, Set<String> allowed, String fallback) {
        Object value = c.get(field);
        if (value == null) {
            return fallback;
        }
        if (!allowed.contains(String.valueOf(value))) {
            fields.reject(field, "must be one of " + allowed);
            return fallback;
        }
        return String.valueOf(value);
    }

    @Override
    public String render(Map<String, Object> content, CourseMaterials materials, Locale locale) {
        StringBuilder html = new StringBuilder("<div class=\"lesson-quiz\" data-role=\"")
                .append(SafeHtml.escape(String.valueOf(content.get("role")))).append("\"><p>")
                .append(SafeHtml.escape(PluginStrings.get(this, locale, "quiz.intro"))).append("</p><ul>");
        Object limit = content.get("timeLimitSeconds");
        if (limit != null) {
            html.append("<li>").append(SafeHtml.escape(PluginStrings.get(this, locale, "quiz.timeLimit"))).append(": ")
                    .append(((Number) limit).intValue() / 60).append(" хв / min</li>");
        }
        html.append("<li>").append(SafeHtml.escape(PluginStrings.get(this, locale, "quiz.passing"))).append(": ")
                .append(content.get("passingScorePercent")).append("%</li></ul></div>");
        return html.toString();
    }

    @Override
    public Set<UUID> materialIds(Map<String, Object> content) {
        return Set.of();
    }

    @Override
    public Map<String, Object> withMaterials(Map<String, Object> content, Map<UUID, UUID> newIds) {
        return content;
    }

    /**
     * A fixed list is mapped question by question; a question the package does not carry is left out
     * (an empty list is then refused by {@link #validate}). A random draw names a category, which the
     * bank copy keeps.
     */
    @Override
    public Map<String, Object> withQuestions(Map<String, Object> content, Map<UUID, UUID> newIds) {
        if (!(content.get("questionIds") instanceof List<?> ids)) {
            return content;
        }
        Map<String, Object> mapped = new java.util.LinkedHashMap<>(content);
        mapped.put("questionIds", ids.stream().map(id -> newIds.get(UUID.fromString(String.valueOf(id))))
                .filter(java.util.Objects::nonNull).map(UUID::toString).toList());
        return mapped;
    }

    @Override
    public boolean completesWhenOpened() {
        return false;
    }

    @Override
    public boolean learnerMarksDone() {
        return false;
    }

    @Override
    public boolean countsTowardCompletion(Map<String, Object> content) {
        return !"PRE_TEST".equals(content.get("role"));
    }
}
