package ua.fakh.courses.spi;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What a browser would submit from a rendered form fragment: each named control's value(s), unticked boxes left out. */
final class SubmittedForm {

    private SubmittedForm() {
    }

    static FormFields of(String html) {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        for (Element control : Jsoup.parseBodyFragment(html).select("input[name], textarea[name], select[name]")) {
            String type = control.attr("type");
            if ((type.equals("checkbox") || type.equals("radio")) && !control.hasAttr("checked")) {
                fields.computeIfAbsent(control.attr("name"), n -> new ArrayList<>());
                continue;
            }
            String value = switch (control.tagName()) {
                case "textarea" -> control.wholeText();
                case "select" -> control.select("option[selected]").stream().findFirst().map(o -> o.attr("value")).orElse("");
                default -> control.attr("value");
            };
            fields.computeIfAbsent(control.attr("name"), n -> new ArrayList<>()).add(value);
        }
        fields.values().removeIf(List::isEmpty);
        return FormFields.of(fields);
    }

    /** Every control that a person fills in has a label: its own {@code <label for>}, a wrapping label or a fieldset legend. */
    static List<String> unlabelled(String html) {
        List<String> missing = new ArrayList<>();
        var document = Jsoup.parseBodyFragment(html);
        for (Element control : document.select("input[name]:not([type=hidden]), textarea[name], select[name]")) {
            boolean labelled = !control.id().isEmpty() && !document.select("label[for=" + control.id() + "]").isEmpty()
                    || control.closest("label") != null
                    || control.attr("type").equals("radio") && control.closest("fieldset") != null;
            if (!labelled) {
                missing.add(control.attr("name"));
            }
        }
        return missing;
    }
}
