package ua.fakh.web.issuers;

import io.micronaut.http.MediaType;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ContentChoiceTest {

    @Test
    void browsersGetThePageAndProgramsTheProfile() {
        assertThat(ContentChoice.prefersHtml(accept("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"))).isTrue();
        assertThat(ContentChoice.prefersHtml(accept("application/ld+json"))).isFalse();
        assertThat(ContentChoice.prefersHtml(accept("application/json, text/html;q=0.5"))).isFalse();
        assertThat(ContentChoice.prefersHtml(accept("*/*"))).isFalse();
        assertThat(ContentChoice.prefersHtml(List.of())).isFalse();
        assertThat(ContentChoice.prefersHtml(accept("text/html;q=0, */*"))).isFalse();
    }

    private static List<MediaType> accept(String header) {
        return Arrays.stream(header.split(",")).map(String::strip).map(MediaType::of).toList();
    }
}
