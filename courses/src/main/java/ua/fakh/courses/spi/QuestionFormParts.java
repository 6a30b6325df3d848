package ua.fakh.courses.spi;

import io.micronaut.core.annotation.Nullable;

import java.util.List;
import java.util.Map;

/**
 * The pieces question types build their editor forms from, with the markup and class names the
 * question editor styles (those of the lesson editor): labelled fields with their error tied to them
 * for screen readers, check boxes, a choice among a few values, and a numbered list of rows.
 * Every input is named {@code d.<path>} after the definition path it writes.
 */
public final class QuestionFormParts {

    private QuestionFormParts() {
    }

    /** A one-line text field of the definition path {@code path}. */
    public static Html text(QuestionForm form, String path, String label, boolean required) {
        return field(form, path, label, null, required, "text", 0);
    }

    /** A text area of {@code rows} lines. */
    public static Html area(QuestionForm form, String path, String label, @Nullable String hint, int rows) {
        return field(form, path, label, hint, false, "text", rows);
    }

    /** A number typed as people type them ({@code 2,5}): a text field with a decimal keyboard on phones. */
    public static Html number(QuestionForm form, String path, String label, @Nullable String hint) {
        return field(form, path, label, hint, false, "number", 0);
    }

    /** A check box, ticked when the definition holds {@code true} there, or {@code whenAbsent} when it holds nothing. */
    public static Html checkbox(QuestionForm form, String path, String label, boolean whenAbsent) {
        Object value = value(form, path);
        String error = form.error(path);
        HtmlTag div = HtmlTag.of("div").cls(error != null ? "field checkbox has-error" : "field checkbox").add(HtmlTag.of("label")
                .add(HtmlTag.of("input").attr("type", "checkbox").attr("id", id(path)).attr("name", QuestionFormFields.name(path))
                        .attr("value", "true").flag("checked", value == null ? whenAbsent : Boolean.TRUE.equals(value)))
                .text(" " + label));
        return withError(div, id(path), error).html();
    }

    /** Radio buttons in a fieldset, one per {@code options} entry (value to label), the definition's value chosen. */
    public static Html radios(QuestionForm form, String path, String legend, Map<String, String> options) {
        String error = form.error(path);
        String current = InputParts.plain(value(form, path));
        HtmlTag set = HtmlTag.of("fieldset").cls(error != null ? "field has-error" : "field").add(HtmlTag.of("legend").text(legend));
        options.forEach((value, label) -> set.add(HtmlTag.of("label").cls("radio")
                .add(HtmlTag.of("input").attr("type", "radio").attr("name", QuestionFormFields.name(path)).attr("value", value)
                        .flag("checked", value.equals(current)))
                .text(" " + label)));
        return withError(set, id(path), error).html();
    }

    /**
     * A list of rows ({@code choices}, {@code answers}): a fieldset per row, legend {@code legend + " " + n},
     * its fields made by {@code row} from the row's path prefix ({@code choices[0].}); the list's own
     * error (too few, no right answer) above them, and a hint how to get more rows.
     */
    public static Html rows(QuestionForm form, String field, int count, String legend, @Nullable String hint, RowFields row) {
        String error = form.error(field);
        HtmlTag list = HtmlTag.of("div").cls(error != null ? "question-rows has-error" : "question-rows").attr("id", id(field));
        if (error != null) {
            list.add(HtmlTag.of("p").cls("error").attr("id", id(field) + "-error").text(error));
        }
        if (hint != null) {
            list.add(HtmlTag.of("p").cls("hint").text(hint));
        }
        for (int i = 0; i < count; i++) {
            HtmlTag set = HtmlTag.of("fieldset").cls("question-row").add(HtmlTag.of("legend").text(legend + " " + (i + 1)));
            String prefix = field + "[" + i + "].";
            Object id = i < form.items(field).size() ? form.items(field).get(i).get("id") : null;
            if (id != null) {
                set.add(hidden(prefix + "id", String.valueOf(id)));
            }
            row.fields(prefix).forEach(set::add);
            list.add(set);
        }
        return list.html();
    }

    /** The fields of one row, given its path prefix ({@code choices[0].}). */
    @FunctionalInterface
    public interface RowFields {
        List<Html> fields(String prefix);
    }

    public static Html hidden(String path, String value) {
        return HtmlTag.of("input").attr("type", "hidden").attr("name", QuestionFormFields.name(path)).attr("value", value).html();
    }

    public static Html hint(String text) {
        return HtmlTag.of("p").cls("hint").text(text).html();
    }

    /** The definition's value at {@code path} ({@code answer}, {@code choices[2].text}), or null. */
    @Nullable
    public static Object value(QuestionForm form, String path) {
        Object current = form.definition();
        for (String step : path.split("\\.")) {
            int bracket = step.indexOf('[');
            String key = bracket < 0 ? step : step.substring(0, bracket);
            current = current instanceof Map<?, ?> map ? map.get(key) : null;
            if (bracket >= 0) {
                int index = Integer.parseInt(step.substring(bracket + 1, step.length() - 1));
                current = current instanceof List<?> list && index < list.size() ? list.get(index) : null;
            }
        }
        return current;
    }

    private static Html field(QuestionForm form, String path, String label, @Nullable String hint, boolean required,
                              String kind, int rows) {
        String error = form.error(path);
        String id = id(path);
        String text = InputParts.plain(value(form, path));
        HtmlTag input = (rows > 0 ? HtmlTag.of("textarea").attr("rows", rows).text(text)
                : HtmlTag.of("input").attr("type", "text").attr("value", text)
                .attr("inputmode", kind.equals("number") ? "decimal" : null))
                .attr("id", id).attr("name", QuestionFormFields.name(path))
                .attr("aria-invalid", error != null ? "true" : null)
                .attr("aria-describedby", error != null ? id + "-error" : hint != null ? id + "-hint" : null);
        HtmlTag labelTag = HtmlTag.of("label").attr("for", id).text(label);
        if (required) {
            labelTag.text(" ").add(HtmlTag.of("span").cls("req").attr("aria-hidden", "true").text("*"));
        }
        HtmlTag div = HtmlTag.of("div").cls(error != null ? "field has-error" : "field").add(labelTag);
        if (hint != null) {
            div.add(HtmlTag.of("p").cls("hint").attr("id", id + "-hint").text(hint));
        }
        return withError(div.add(input), id, error).html();
    }

    private static String id(String path) {
        return "f-d-" + path.replaceAll("[^A-Za-z0-9]+", "-");
    }

    private static HtmlTag withError(HtmlTag tag, String id, @Nullable String error) {
        return error == null ? tag : tag.add(HtmlTag.of("p").cls("error").attr("id", id + "-error").text(error));
    }
}
