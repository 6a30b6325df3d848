package ua.fakh.web.quiz;

import io.micronaut.core.annotation.Nullable;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The attempt form as a browser posts it, with or without the page's script, turned into one
 * response per question in the shapes of the attempt API. Fields: {@code a.<questionId>} (repeated
 * for check boxes), {@code a.<questionId>.<leftId>} for matching, and {@code seq.<questionId>} when
 * the script says how new its copy is. A question the form says nothing about is left as saved.
 */
final class FormAnswers {
    private final Map<String, Object> form;

    FormAnswers(Map<String, Object> form) {
        this.form = form;
    }

    /** The response the form gives for {@code question}, or null when the form leaves it alone. */
    @Nullable
    Map<String, Object> response(QuizQuestion question) throws NotANumber {
        String field = question.field();
        switch (question.type()) {
            case "qtype_singlechoice" -> {
                String id = first(field);
                return id == null ? null : Map.of("choiceId", id);
            }
            case "qtype_multichoice" -> {
                List<String> ids = all(field);
                // Unticked boxes send nothing: the page's hidden a.<id>.none field tells "none ticked" from "not on this form".
                return ids.isEmpty() && !form.containsKey(field + ".none") ? null
                        : Map.of("choiceIds", ids.stream().filter(s -> !s.isBlank()).toList());
            }
            case "qtype_truefalse" -> {
                String value = first(field);
                return value == null ? null : Map.of("value", Boolean.parseBoolean(value));
            }
            case "qtype_numerical" -> {
                String raw = first(field);
                if (raw == null) {
                    return null;
                }
                if (raw.isBlank()) {
                    return Map.of();
                }
                try {
                    return Map.of("value", new BigDecimal(raw.strip().replace(',', '.').replace(" ", "")).doubleValue());
                } catch (NumberFormatException e) {
                    throw new NotANumber(raw);
                }
            }
            case "qtype_matching" -> {
                Map<String, Object> pairs = new LinkedHashMap<>();
                boolean any = false;
                for (QuizQuestion.Option left : question.left()) {
                    String right = first(field + "." + left.id());
                    any |= right != null;
                    if (right != null && !right.isBlank()) {
                        pairs.put(left.id(), right);
                    }
                }
                return any ? Map.of("pairs", pairs) : null;
            }
            default -> {
                String text = first(field);
                return text == null ? null : Map.of("text", text);
            }
        }
    }

    /** The script's sequence number for this question, if it sent one. */
    @Nullable
    Long seq(QuizQuestion question) {
        String raw = first("seq." + question.id());
        try {
            return raw == null ? null : Long.parseLong(raw.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    @Nullable
    String typed(QuizQuestion question) {
        return first(question.field());
    }

    private List<String> all(String field) {
        Object value = form.get(field);
        List<String> values = new ArrayList<>();
        if (value instanceof List<?> list) {
            list.forEach(v -> values.add(String.valueOf(v)));
        } else if (value != null) {
            values.add(String.valueOf(value));
        }
        return values;
    }

    @Nullable
    private String first(String field) {
        List<String> values = all(field);
        return values.isEmpty() ? null : values.get(0);
    }

    static final class NotANumber extends Exception {
        NotANumber(String raw) {
            super("Not a number: " + raw);
        }
    }
}
