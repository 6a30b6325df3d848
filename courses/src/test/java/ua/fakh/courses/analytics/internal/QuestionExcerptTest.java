package ua.fakh.courses.analytics.internal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class QuestionExcerptTest {

    @Test
    void takesMarkdownAndTagsOutOfTheWording() {
        assertThat(QuestionExcerpt.of("Опишіть <b>випадок</b> із **практики**.\n\nЩо _зробили_   першим?"))
                .isEqualTo("Опишіть випадок із практики. Що зробили першим?");
    }

    @Test
    void cutsALongWordingAtAWordWithAnEllipsis() {
        String excerpt = QuestionExcerpt.of("слово ".repeat(40));

        assertThat(excerpt).hasSizeLessThanOrEqualTo(QuestionExcerpt.LENGTH).endsWith("слово…");
    }
}
