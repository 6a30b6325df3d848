package ua.fakh.courses.assessment;

import ua.fakh.core.common.KyivTime;
import ua.fakh.courses.spi.ContentFields;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The rules for {@link QuizSettings} as written by a trainer, and the lenient reading of stored ones. */
final class QuizSettingsRules {
    private static final int MAX_QUESTIONS = 200;
    private static final int MAX_MINUTES = 24 * 60;
    private static final int MAX_OFFLINE_HOURS = 14 * 24;

    private QuizSettingsRules() {
    }

    static QuizSettings validate(Map<String, Object> content) {
        ContentFields fields = new ContentFields(content);
        Map<String, Object> c = content == null ? Map.of() : content;
        Object ids = c.get("questionIds");
        boolean random = c.get("category") != null || c.get("randomCount") != null;
        List<UUID> questionIds = null;
        String category = null;
        Integer randomCount = null;
        if ((ids == null) == !random) {
            fields.reject("questionIds", "problem.field.questionsOrCategory");
        } else if (ids != null) {
            questionIds = questionIds(fields, ids);
        } else {
            category = fields.text("category", true, 300);
            randomCount = whole(fields, c, "randomCount", 1, MAX_QUESTIONS, null);
        }
        Integer limit = timeLimitSeconds(fields, c);
        Integer attempts = whole(fields, c, "attemptsAllowed", 1, 100, null);
        int passing = whole(fields, c, "passingScorePercent", 0, 100, QuizSettings.DEFAULT_PASSING_PERCENT);
        QuizSettings.Role role = choice(fields, c, "role", QuizSettings.Role.class, QuizSettings.DEFAULT_ROLE);
        QuizSettings.Grading grading = choice(fields, c, "grading", QuizSettings.Grading.class, QuizSettings.DEFAULT_GRADING);
        QuizSettings.ShowAnswers show = choice(fields, c, "showAnswers", QuizSettings.ShowAnswers.class,
                QuizSettings.DEFAULT_SHOW_ANSWERS);
        Instant opensAt = instant(fields, c, "opensAt");
        Instant closesAt = instant(fields, c, "closesAt");
        if (opensAt != null && closesAt != null && !closesAt.isAfter(opensAt)) {
            fields.reject("closesAt", "problem.field.quizClosesBeforeOpens");
        }
        boolean offline = flag(fields, c, "offline");
        int offlineHours = whole(fields, c, "offlineHours", 1, MAX_OFFLINE_HOURS, QuizSettings.DEFAULT_OFFLINE_HOURS);
        fields.done(); // throws with every error collected
        return new QuizSettings(questionIds, category, randomCount, Boolean.TRUE.equals(c.get("shuffle")), limit, attempts,
                passing, role, grading, show, opensAt, closesAt, offline, offlineHours);
    }

    /** Stored settings were checked when written; a field missing from an older copy takes its default. */
    static QuizSettings read(Map<String, Object> stored) {
        Object ids = stored.get("questionIds");
        List<UUID> questionIds = ids instanceof List<?> list ? list.stream().map(i -> UUID.fromString(String.valueOf(i))).toList() : null;
        Object category = stored.get("category");
        return new QuizSettings(questionIds, category == null ? null : String.valueOf(category), number(stored.get("randomCount")),
                Boolean.TRUE.equals(stored.get("shuffle")), number(stored.get("timeLimitSeconds")),
                number(stored.get("attemptsAllowed")),
                stored.get("passingScorePercent") instanceof Number n ? n.intValue() : QuizSettings.DEFAULT_PASSING_PERCENT,
                named(QuizSettings.Role.class, stored.get("role")), named(QuizSettings.Grading.class, stored.get("grading")),
                named(QuizSettings.ShowAnswers.class, stored.get("showAnswers")), stored(stored.get("opensAt")),
                stored(stored.get("closesAt")), Boolean.TRUE.equals(stored.get("offline")),
                stored.get("offlineHours") instanceof Number hours ? hours.intValue() : QuizSettings.DEFAULT_OFFLINE_HOURS);
    }

    /** A yes-or-no setting: JSON's true or false (a form's checkbox arrives as true or not at all). */
    private static boolean flag(ContentFields fields, Map<String, Object> c, String field) {
        Object value = c.get(field);
        if (value == null || value instanceof Boolean) {
            return Boolean.TRUE.equals(value);
        }
        fields.reject(field, rangeKey(field));
        return false;
    }

    /**
     * The form asks for whole minutes ({@code timeLimitMinutes}); the content keeps seconds, as attempts
     * and course packages always have, and the API still takes {@code timeLimitSeconds}.
     */
    private static Integer timeLimitSeconds(ContentFields fields, Map<String, Object> c) {
        if (c.get("timeLimitMinutes") != null) {
            Integer minutes = whole(fields, c, "timeLimitMinutes", 1, MAX_MINUTES, null);
            return minutes == null ? null : minutes * 60;
        }
        return whole(fields, c, "timeLimitSeconds", 30, MAX_MINUTES * 60, null);
    }

    /**
     * An instant ({@code 2026-12-10T08:00:00Z}, with an offset) or, as the form's date-and-time field
     * sends it, a Kyiv wall-clock time ({@code 2026-12-10T10:00}).
     */
    private static Instant instant(ContentFields fields, Map<String, Object> c, String field) {
        Object value = c.get(field);
        if (value == null || value instanceof String text && text.isBlank()) {
            return null;
        }
        String text = String.valueOf(value).strip();
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException notAnInstant) {
            try {
                return LocalDateTime.parse(text).atZone(KyivTime.ZONE).toInstant();
            } catch (DateTimeParseException notAWallClockTime) {
                fields.reject(field, "problem.field.quizDateTime");
                return null;
            }
        }
    }

    private static Instant stored(Object value) {
        return value == null ? null : Instant.parse(String.valueOf(value));
    }

    private static List<UUID> questionIds(ContentFields fields, Object ids) {
        List<UUID> list = new ArrayList<>();
        if (!(ids instanceof List<?> raw) || raw.isEmpty() || raw.size() > MAX_QUESTIONS) {
            fields.reject("questionIds", "problem.field.questionIdsSize"); // MAX_QUESTIONS, said in the bundle
            return null;
        }
        for (Object id : raw) {
            try {
                list.add(UUID.fromString(String.valueOf(id)));
            } catch (IllegalArgumentException e) {
                fields.reject("questionIds", "problem.field.notAQuestionId");
            }
        }
        return list;
    }

    /** Every whole-number setting has a message of its own that says its range and what leaving it empty means. */
    private static String rangeKey(String field) {
        return "problem.field.quiz." + field;
    }

    private static Integer whole(ContentFields fields, Map<String, Object> c, String field, int min, int max, Integer fallback) {
        Object value = c.get(field);
        if (value == null) {
            return fallback;
        }
        if (!(value instanceof Number n) || n.doubleValue() != Math.floor(n.doubleValue()) || n.intValue() < min || n.intValue() > max) {
            fields.reject(field, rangeKey(field));
            return fallback;
        }
        return n.intValue();
    }

    private static <E extends Enum<E>> E choice(ContentFields fields, Map<String, Object> c, String field, Class<E> type, E fallback) {
        Object value = c.get(field);
        if (value == null) {
            return fallback;
        }
        E named = named(type, value);
        if (named == null) {
            fields.reject(field, "problem.field.notAChoice");
            return fallback;
        }
        return named;
    }

    private static <E extends Enum<E>> E named(Class<E> type, Object value) {
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(String.valueOf(value))) {
                return constant;
            }
        }
        return null;
    }

    private static Integer number(Object value) {
        return value instanceof Number n ? n.intValue() : null;
    }
}
