package ua.fakh.courses.spi;

import io.micronaut.core.annotation.Nullable;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a definition back from the question editor's form, as a type's {@link QuestionType#readForm}
 * does with the names {@link QuestionFormParts} gave its inputs ({@code d.<path>}). Blank fields are
 * left out, so the type's own {@link QuestionType#validateDefinition} decides what is required; a
 * number that is not one is passed on as typed, for the type to name it.
 */
public final class QuestionFormFields {
    public static final String PREFIX = "d.";
    private final FormFields form;

    private QuestionFormFields(FormFields form) {
        this.form = form;
    }

    public static QuestionFormFields of(FormFields form) {
        return new QuestionFormFields(form);
    }

    /** The form name of a definition path: {@code choices[0].text} is {@code d.choices[0].text}. */
    public static String name(String path) {
        return PREFIX + path;
    }

    /** Trimmed text, or null when blank. */
    @Nullable
    public String text(String path) {
        List<String> values = form.all(name(path));
        String value = values.isEmpty() ? "" : values.get(values.size() - 1).strip();
        return value.isEmpty() ? null : value;
    }

    /** A number as a person types it ({@code 2,5}); the text itself when it is none; null when blank. */
    @Nullable
    public Object number(String path) {
        String text = text(path);
        if (text == null) {
            return null;
        }
        Double number = QuestionNumbers.parse(text);
        return number == null ? text : QuestionNumbers.canonical(number);
    }

    /** A ticked check box (any value but blank or {@code false}). */
    public boolean flag(String path) {
        String text = text(path);
        return text != null && !text.equals("false");
    }

    /**
     * The rows of a list ({@code choices}): each row whose named {@code parts} are not all blank, in
     * order, read by {@code row}. Rows are numbered from 0 without gaps on the page; blank ones drop out.
     */
    public List<Map<String, Object>> rows(String field, List<String> parts, RowReader row) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i < QuestionLimits.OPTIONS; i++) {
            String prefix = field + "[" + i + "].";
            if (parts.stream().noneMatch(p -> form.has(name(prefix + p)))) {
                break;
            }
            if (parts.stream().allMatch(p -> text(prefix + p) == null)) {
                continue;
            }
            Map<String, Object> item = new LinkedHashMap<>();
            row.read(prefix, item);
            item.values().removeIf(java.util.Objects::isNull);
            rows.add(item);
        }
        return rows;
    }

    /** Reads one row: {@code prefix} is {@code <field>[i].}. */
    @FunctionalInterface
    public interface RowReader {
        void read(String prefix, Map<String, Object> item);
    }
}
