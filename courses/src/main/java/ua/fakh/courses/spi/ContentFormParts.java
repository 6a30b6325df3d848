package ua.fakh.courses.spi;

import io.micronaut.core.annotation.Nullable;

import java.util.List;
import java.util.Map;

/**
 * The pieces lesson types build their editor forms from, with the markup, ids and class names the
 * lesson editor styles: a labelled field with its hint and error, a choice of the course's files,
 * a check box, a list of options. Every input's error is tied to it for screen readers.
 */
public final class ContentFormParts {

    private ContentFormParts() {
    }

    /** A text field ({@code rows} 0) or text area named {@code name}, showing {@code field} of the content. */
    public static Html field(ContentForm form, String field, String name, String label, @Nullable String hint,
                             boolean required, String type, int rows) {
        String error = form.error(field);
        String id = "f-c-" + field;
        HtmlTag input = (rows > 0 ? HtmlTag.of("textarea").attr("id", id).attr("name", name).attr("rows", rows)
                : HtmlTag.of("input").attr("id", id).attr("name", name).attr("type", type).attr("value", form.text(field)))
                .attr("aria-invalid", error != null ? "true" : null)
                .attr("aria-describedby", error != null ? id + "-error" : hint != null ? id + "-hint" : null);
        if (rows > 0) {
            input.text(form.text(field));
        }
        HtmlTag labelTag = HtmlTag.of("label").attr("for", id).text(label);
        if (required) {
            labelTag.text(" ").add(HtmlTag.of("span").cls("req").attr("aria-hidden", "true").text("*"));
        }
        HtmlTag div = box(error).add(labelTag);
        if (hint != null) {
            div.add(HtmlTag.of("p").cls("hint").attr("id", id + "-hint").text(hint));
        }
        return withError(div.add(input), id, error).html();
    }

    /**
     * A choice among {@code choices} of the course's files ({@code materialId}); {@code optional} offers
     * "none" as well. With no file to choose, a hint links to where the trainer uploads one.
     */
    public static Html material(ContentForm form, List<MaterialInfo> choices, boolean optional, Labels labels) {
        String error = form.error("materialId");
        HtmlTag div = box(error).add(HtmlTag.of("label").attr("for", "f-c-materialId").text(labels.material()));
        if (choices.isEmpty()) {
            div.add(HtmlTag.of("p").cls("hint").text(labels.noneUploaded() + " ")
                    .add(HtmlTag.of("a").attr("href", form.materialsUrl()).text(labels.uploadHere())));
        }
        HtmlTag select = HtmlTag.of("select").attr("id", "f-c-materialId").attr("name", "c.materialId")
                .attr("aria-invalid", error != null ? "true" : null);
        if (optional || choices.isEmpty()) {
            select.add(HtmlTag.of("option").attr("value", "").text(labels.none()));
        }
        for (MaterialInfo material : choices) {
            select.add(HtmlTag.of("option").attr("value", material.id().toString())
                    .flag("selected", form.is("materialId", material.id().toString()))
                    .text(material.filename() + " (" + FileWords.kind(material.mediaType(), form.locale()) + ", "
                            + FileWords.size(material.size(), form.locale()) + ")"));
        }
        return withError(div.add(select), "f-c-materialId", error).html();
    }

    /** The words {@link #material} shows, from the lesson type's bundle. */
    public record Labels(String material, String none, String noneUploaded, String uploadHere) {
    }

    /** A check box {@code c.bool.<field>}. */
    public static Html checkbox(ContentForm form, String field, String label) {
        return HtmlTag.of("div").cls("field checkbox").add(HtmlTag.of("label")
                .add(HtmlTag.of("input").attr("type", "checkbox").attr("name", "c.bool." + field).attr("value", "true")
                        .flag("checked", form.checked(field)))
                .text(" " + label)).html();
    }

    /** A list {@code c.<field>} of {@code options} (value to label, in order). */
    public static Html select(ContentForm form, String field, String label, Map<String, String> options) {
        String error = form.error(field);
        String id = "f-c-" + field;
        HtmlTag select = HtmlTag.of("select").attr("id", id).attr("name", "c." + field);
        options.forEach((value, text) -> select.add(HtmlTag.of("option").attr("value", value)
                .flag("selected", form.is(field, value)).text(text)));
        return withError(box(error).add(HtmlTag.of("label").attr("for", id).text(label)).add(select), id, error).html();
    }

    public static Html hint(String text) {
        return HtmlTag.of("p").cls("hint").text(text).html();
    }

    private static HtmlTag box(@Nullable String error) {
        return HtmlTag.of("div").cls(error != null ? "field has-error" : "field");
    }

    private static HtmlTag withError(HtmlTag div, String id, @Nullable String error) {
        return error == null ? div : div.add(HtmlTag.of("p").cls("error").attr("id", id + "-error").text(error));
    }
}
