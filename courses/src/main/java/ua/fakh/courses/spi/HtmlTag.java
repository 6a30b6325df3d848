package ua.fakh.courses.spi;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Builds one element of a plugin's markup: every attribute value and every text is escaped, so
 * nothing a trainer or a learner wrote can end an attribute or open a tag. Scripts, styles and
 * event-handler attributes are refused (pages run under a Content-Security-Policy without
 * {@code 'unsafe-inline'}; a plugin brings behaviour as a script file of its own), and so are links
 * to anything but this site or http(s). Not thread-safe; build, then call {@link #html()}.
 *
 * <pre>{@code
 * HtmlTag.of("label").add(HtmlTag.of("input").attr("type", "radio").attr("name", field).attr("value", id)
 *         .flag("checked", chosen)).text(" " + choiceText).html()
 * }</pre>
 */
public final class HtmlTag {
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]*");
    private static final Set<String> VOID = Set.of("area", "br", "col", "hr", "img", "input", "source", "track", "wbr");
    private static final Set<String> REFUSED_ELEMENTS = Set.of("script", "style", "iframe", "object", "embed", "base",
            "link", "meta", "frame", "frameset");
    private static final Set<String> REFUSED_ATTRIBUTES = Set.of("style", "srcdoc");
    private static final Set<String> URL_ATTRIBUTES = Set.of("href", "src", "action", "formaction", "poster");

    private final String name;
    private final Map<String, String> attributes = new LinkedHashMap<>();
    private final List<Html> children = new ArrayList<>();

    private HtmlTag(String name) {
        this.name = name;
    }

    /** @throws IllegalArgumentException for a malformed name or an element that may carry code */
    public static HtmlTag of(String name) {
        if (!NAME.matcher(name).matches() || REFUSED_ELEMENTS.contains(name)) {
            throw new IllegalArgumentException("Plugins may not render <" + name + ">");
        }
        return new HtmlTag(name);
    }

    /** An attribute; a null value leaves it out. */
    public HtmlTag attr(String attribute, Object value) {
        checkAttribute(attribute);
        if (value != null) {
            String text = String.valueOf(value);
            if (URL_ATTRIBUTES.contains(attribute) && !isSafeUrl(text)) {
                throw new IllegalArgumentException("Refused URL in " + attribute + ": " + text);
            }
            attributes.put(attribute, text);
        }
        return this;
    }

    /** A boolean attribute ({@code checked}, {@code selected}, {@code hidden}) present only when {@code on}. */
    public HtmlTag flag(String attribute, boolean on) {
        checkAttribute(attribute);
        if (on) {
            attributes.put(attribute, null);
        } else {
            attributes.remove(attribute);
        }
        return this;
    }

    public HtmlTag cls(String classes) {
        return attr("class", classes);
    }

    /** Text content, escaped. */
    public HtmlTag text(String text) {
        return add(Html.text(text));
    }

    public HtmlTag add(Html child) {
        if (VOID.contains(name)) {
            throw new IllegalStateException("<" + name + "> has no content");
        }
        children.add(child);
        return this;
    }

    public HtmlTag add(HtmlTag child) {
        return add(child.html());
    }

    public HtmlTag addAll(List<HtmlTag> tags) {
        tags.forEach(this::add);
        return this;
    }

    public Html html() {
        StringBuilder out = new StringBuilder("<").append(name);
        attributes.forEach((attribute, value) -> {
            out.append(' ').append(attribute);
            if (value != null) {
                out.append("=\"").append(SafeHtml.escape(value)).append('"');
            }
        });
        out.append('>');
        if (!VOID.contains(name)) {
            children.forEach(out::append);
            out.append("</").append(name).append('>');
        }
        return Html.built(out.toString());
    }

    @Override
    public String toString() {
        return html().toString();
    }

    private static void checkAttribute(String attribute) {
        if (!NAME.matcher(attribute).matches() || attribute.startsWith("on") || REFUSED_ATTRIBUTES.contains(attribute)) {
            throw new IllegalArgumentException("Plugins may not render the attribute " + attribute);
        }
    }

    private static boolean isSafeUrl(String url) {
        String lower = url.strip().toLowerCase(Locale.ROOT);
        return (lower.startsWith("/") && !lower.startsWith("//")) || lower.startsWith("#")
                || lower.startsWith("https://") || lower.startsWith("http://");
    }
}
