package ua.fakh.courses.spi;

import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/** The pieces most question inputs are made of, with the markup and class names the attempt page styles. */
public final class InputParts {

    private InputParts() {
    }

    /**
     * A list of labelled radio buttons or check boxes ({@code inputType}), one per {@code {id, text}}
     * item, named {@code field}, ticked where {@code chosen} says so.
     */
    public static HtmlTag choices(String listClass, String inputType, String field, List<Map<String, Object>> items,
                                  Predicate<String> chosen) {
        HtmlTag list = HtmlTag.of("ul").cls(listClass);
        for (Map<String, Object> item : items) {
            String id = String.valueOf(item.get("id"));
            list.add(HtmlTag.of("li").add(HtmlTag.of("label")
                    .add(HtmlTag.of("input").attr("type", inputType).attr("name", field).attr("value", id)
                            .flag("checked", chosen.test(id)))
                    .text(" " + item.get("text"))));
        }
        return list;
    }

    /** An input (or text area) inside its visible label: {@code <label class="answer-label">label <input></label>}. */
    public static Html labelled(String label, HtmlTag input) {
        return HtmlTag.of("label").cls("answer-label").text(label + " ").add(input).html();
    }

    /** A number the way a learner would type it back: whole numbers without ".0". */
    public static String plain(Object value) {
        if (value instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue()) && Math.abs(n.doubleValue()) < 1e15) {
            return String.valueOf(n.longValue());
        }
        return value == null ? "" : String.valueOf(value);
    }
}
