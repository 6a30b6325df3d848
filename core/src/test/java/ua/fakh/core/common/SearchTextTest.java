package ua.fakh.core.common;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SearchTextTest {
    @Test
    void foldsCyrillicCaseAndApostrophes() {
        assertThat(SearchText.fold("ЯРОШЕНКО Марʼяна", "M@X.UA")).isEqualTo("ярошенко мар'яна m@x.ua");
        assertThat(SearchText.fold("Ґалина Її", null)).isEqualTo("ґалина її");
    }

    @Test
    void escapesLikeWildcardsInQueries() {
        assertThat(SearchText.containsPattern("50%_off")).isEqualTo("%50\\%\\_off%");
        assertThat(SearchText.containsPattern(null)).isEqualTo("%%");
        assertThat(SearchText.containsPattern(" Мар’яна ")).isEqualTo("%мар'яна%");
    }
}
