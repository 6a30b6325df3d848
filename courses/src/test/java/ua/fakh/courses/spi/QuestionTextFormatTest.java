package ua.fakh.courses.spi;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class QuestionTextFormatTest {

    @Test
    void keepsAKnownFormatAndOtherwiseGoesByWhatTheTextLooksLike() {
        assertThat(QuestionTextFormat.of("PLAIN", "<b>x</b>")).isEqualTo("plain");
        assertThat(QuestionTextFormat.of(null, "  <p>Текст</p>")).isEqualTo("html");
        assertThat(QuestionTextFormat.of("unknown", "<5 днів")).isEqualTo("markdown");
        assertThat(QuestionTextFormat.of(null, null)).isEqualTo("markdown");
    }

    @Test
    void rendersPlainAndMoodleTextEscapedWithItsLineBreaks() {
        String text = "Рядок *перший* <script>alert(1)</script>\r\nдругий & третій";
        String expected = "<p>Рядок *перший* &lt;script&gt;alert(1)&lt;/script&gt;<br>\nдругий &amp; третій</p>";
        assertThat(QuestionTextFormat.html(text, "plain")).isEqualTo(expected);
        assertThat(QuestionTextFormat.html(text, "moodle")).isEqualTo(expected);
    }

    @Test
    void rendersMarkdownAndHtmlSanitisedAsBefore() {
        assertThat(QuestionTextFormat.html("Текст **жирний**", "markdown")).isEqualTo(SafeHtml.markdown("Текст **жирний**"));
        assertThat(QuestionTextFormat.html("<p onclick=\"x()\">Так</p><script>x()</script>", "html"))
                .contains("<p>Так</p>").doesNotContain("script").doesNotContain("onclick");
    }
}
