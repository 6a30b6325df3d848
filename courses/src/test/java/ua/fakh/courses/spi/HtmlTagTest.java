package ua.fakh.courses.spi;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HtmlTagTest {

    @Test
    void escapesEveryTextAndAttributeValue() {
        String html = HtmlTag.of("label").attr("title", "\"><script>alert(1)</script>")
                .add(HtmlTag.of("input").attr("type", "radio").attr("value", "a'b").flag("checked", true))
                .text(" <img src=x onerror=alert(1)> & co").toString();

        assertThat(html).isEqualTo("<label title=\"&#34;&gt;&lt;script&gt;alert(1)&lt;/script&gt;\">"
                + "<input type=\"radio\" value=\"a&#39;b\" checked> &lt;img src=x onerror=alert(1)&gt; &amp; co</label>");
    }

    @Test
    void leavesOutNullAttributesAndFalseFlags() {
        assertThat(HtmlTag.of("option").attr("class", null).flag("selected", false).attr("value", "").text("—").toString())
                .isEqualTo("<option value=\"\">—</option>");
    }

    @Test
    void refusesScriptsStylesHandlersAndForeignUrls() {
        assertThatThrownBy(() -> HtmlTag.of("script")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> HtmlTag.of("p").attr("onclick", "x()")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> HtmlTag.of("p").attr("style", "color:red")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> HtmlTag.of("a").attr("href", "javascript:alert(1)")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> HtmlTag.of("a").attr("href", "//evil.example/")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> HtmlTag.of("p").attr("x\" onload=\"y", "1")).isInstanceOf(IllegalArgumentException.class);
        assertThat(HtmlTag.of("a").attr("href", "/teach/courses/1#materials").text("ok").toString())
                .isEqualTo("<a href=\"/teach/courses/1#materials\">ok</a>");
    }
}
