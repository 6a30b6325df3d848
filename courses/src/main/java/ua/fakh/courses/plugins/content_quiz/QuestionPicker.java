package ua.fakh.courses.plugins.content_quiz;

import ua.fakh.core.plugins.PluginStrings;
import ua.fakh.courses.assessment.BankChoices.BankChoice;
import ua.fakh.courses.spi.ContentForm;
import ua.fakh.courses.spi.ContentFormParts;
import ua.fakh.courses.spi.Html;
import ua.fakh.courses.spi.HtmlTag;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Which questions a quiz asks, chosen from the course's bank: tick questions (the ticked ones first, in
 * the quiz's order), or choose a category and how many to draw. Filters by text, category and type
 * work in the page's script ({@code data-filter-list}); without it every question is listed.
 */
final class QuestionPicker {
    private static final int EXCERPT = 140;

    private QuestionPicker() {
    }

    static Html render(QuizContent quiz, ContentForm form, List<BankChoice> bank) {
        HtmlTag set = HtmlTag.of("fieldset").cls("question-picker").attr("id", "f-c-questionIds")
                .add(HtmlTag.of("legend").text(word(quiz, form, "picker.legend")))
                .add(ContentFormParts.hint(word(quiz, form, "picker.hint")));
        String error = form.error("questionIds");
        if (error != null) {
            set.cls("question-picker has-error").add(HtmlTag.of("p").cls("error").attr("id", "f-c-questionIds-error").text(error));
        }
        if (bank.isEmpty()) {
            set.add(HtmlTag.of("p").cls("hint").text(word(quiz, form, "picker.emptyBank") + " ")
                    .add(HtmlTag.of("a").attr("href", "/teach/courses/" + form.courseId() + "/questions")
                            .text(word(quiz, form, "picker.toBank"))));
        } else {
            set.add(filters(quiz, form, bank));
        }
        set.add(list(quiz, form, bank));
        set.add(HtmlTag.of("h3").text(word(quiz, form, "picker.random")));
        set.add(categories(quiz, form, bank));
        set.add(ContentFormParts.field(form, "randomCount", "c.int.randomCount", word(quiz, form, "form.randomCount"), null,
                false, "number", 0));
        return set.html();
    }

    private static HtmlTag list(QuizContent quiz, ContentForm form, List<BankChoice> bank) {
        Set<String> ticked = new LinkedHashSet<>();
        if (form.content().get("questionIds") instanceof List<?> ids) {
            ids.forEach(id -> ticked.add(String.valueOf(id)));
        }
        Map<String, BankChoice> byId = new LinkedHashMap<>();
        bank.forEach(q -> byId.put(q.id().toString(), q));
        HtmlTag list = HtmlTag.of("ul").cls("picker-list").attr("data-filter-items", "");
        for (String id : ticked) {
            BankChoice q = byId.get(id);
            list.add(q == null ? missing(quiz, form, id) : item(q, true));
        }
        bank.stream().filter(q -> !ticked.contains(q.id().toString())).forEach(q -> list.add(item(q, false)));
        return list;
    }

    private static HtmlTag item(BankChoice q, boolean ticked) {
        String text = q.text().replaceAll("<[^>]*>", " ").replaceAll("\\s+", " ").strip();
        String excerpt = text.length() <= EXCERPT ? text : text.substring(0, EXCERPT - 1) + "…";
        return HtmlTag.of("li").attr("data-category", q.category()).attr("data-type", q.type())
                .attr("data-text", (q.title() + " " + text).toLowerCase(Locale.ROOT))
                .add(HtmlTag.of("label")
                        .add(HtmlTag.of("input").attr("type", "checkbox").attr("name", "c.list.questionIds")
                                .attr("value", q.id().toString()).flag("checked", ticked))
                        .text(" ").add(HtmlTag.of("strong").text(q.title()))
                        .add(HtmlTag.of("span").cls("muted").text(" · " + q.typeName() + " · " + q.category()))
                        .add(HtmlTag.of("span").cls("excerpt").text(excerpt)));
    }

    /** A saved id the bank no longer has stays ticked and visible, so saving never drops it unseen. */
    private static HtmlTag missing(QuizContent quiz, ContentForm form, String id) {
        return HtmlTag.of("li").add(HtmlTag.of("label")
                .add(HtmlTag.of("input").attr("type", "checkbox").attr("name", "c.list.questionIds").attr("value", id)
                        .flag("checked", true))
                .text(" " + word(quiz, form, "picker.missing") + " " + id));
    }

    private static HtmlTag filters(QuizContent quiz, ContentForm form, List<BankChoice> bank) {
        Map<String, String> categories = new TreeMap<>();
        Map<String, String> types = new TreeMap<>();
        bank.forEach(q -> {
            categories.put(q.category(), q.category());
            types.put(q.type(), q.typeName());
        });
        // shown by the script that does the filtering: without it they would do nothing
        return HtmlTag.of("div").cls("picker-filters").attr("data-filter-controls", "").flag("hidden", true)
                .add(labelled("f-pick-text", word(quiz, form, "picker.filterText"),
                        HtmlTag.of("input").attr("type", "search").attr("data-filter", "text")))
                .add(labelled("f-pick-category", word(quiz, form, "picker.filterCategory"), select("category", categories, quiz, form)))
                .add(labelled("f-pick-type", word(quiz, form, "picker.filterType"), select("type", types, quiz, form)));
    }

    private static HtmlTag select(String filter, Map<String, String> options, QuizContent quiz, ContentForm form) {
        HtmlTag select = HtmlTag.of("select").attr("data-filter", filter)
                .add(HtmlTag.of("option").attr("value", "").text(word(quiz, form, "picker.all")));
        options.forEach((value, label) -> select.add(HtmlTag.of("option").attr("value", value).text(label)));
        return select;
    }

    private static HtmlTag labelled(String id, String label, HtmlTag control) {
        return HtmlTag.of("div").cls("field").add(HtmlTag.of("label").attr("for", id).text(label)).add(control.attr("id", id));
    }

    private static HtmlTag categories(QuizContent quiz, ContentForm form, List<BankChoice> bank) {
        Map<String, Integer> counts = new TreeMap<>();
        bank.forEach(q -> counts.merge(q.category(), 1, Integer::sum));
        String current = form.text("category");
        String error = form.error("category");
        HtmlTag select = HtmlTag.of("select").attr("id", "f-c-category").attr("name", "c.category")
                .attr("aria-invalid", error != null ? "true" : null)
                .add(HtmlTag.of("option").attr("value", "").text(word(quiz, form, "picker.noCategory")));
        if (!current.isEmpty() && !counts.containsKey(current)) {
            select.add(HtmlTag.of("option").attr("value", current).flag("selected", true).text(current + " (0)"));
        }
        counts.forEach((category, count) -> select.add(HtmlTag.of("option").attr("value", category)
                .flag("selected", category.equals(current)).text(category + " (" + count + ")")));
        List<Html> parts = new ArrayList<>();
        parts.add(HtmlTag.of("label").attr("for", "f-c-category").text(word(quiz, form, "form.category")).html());
        parts.add(select.html());
        if (error != null) {
            parts.add(HtmlTag.of("p").cls("error").attr("id", "f-c-category-error").text(error).html());
        }
        return HtmlTag.of("div").cls(error != null ? "field has-error" : "field").add(Html.join(parts));
    }

    private static String word(QuizContent quiz, ContentForm form, String key) {
        return PluginStrings.get(quiz, form.locale(), key);
    }
}
