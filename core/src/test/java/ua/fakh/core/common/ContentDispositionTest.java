package ua.fakh.core.common;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ContentDispositionTest {
    @Test
    void keepsCyrillicNamesInFilenameStarWithAnAsciiFallback() {
        assertThat(ContentDisposition.of("Посібник \"СПП\".pdf", true))
                .isEqualTo("attachment; filename=\"________ ___.pdf\"; filename*=UTF-8''"
                        + "%D0%9F%D0%BE%D1%81%D1%96%D0%B1%D0%BD%D0%B8%D0%BA%20%22%D0%A1%D0%9F%D0%9F%22.pdf");
        assertThat(ContentDisposition.of("a b.txt", false)).startsWith("inline; filename=\"a b.txt\"");
    }
}
