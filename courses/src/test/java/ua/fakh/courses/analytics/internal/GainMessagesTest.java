package ua.fakh.courses.analytics.internal;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/** The gain tables' bundle says the same things in both languages, and names every table, column and kind it uses. */
class GainMessagesTest {

    @Test
    void bothLanguagesHaveTheSameKeysAndNoneIsEmpty() throws IOException {
        Properties english = load("i18n/gain.properties");
        Properties ukrainian = load("i18n/gain_uk.properties");

        assertThat(ukrainian.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
        assertThat(ukrainian.stringPropertyNames()).allSatisfy(key -> assertThat(ukrainian.getProperty(key)).isNotBlank());
        assertThat(english.stringPropertyNames()).allSatisfy(key -> assertThat(english.getProperty(key)).isNotBlank());
    }

    @Test
    void everyDimensionHasItsTitleAndColumn() throws IOException {
        Properties english = load("i18n/gain.properties");

        assertThat(Arrays.stream(Dimension.values())).allSatisfy(d -> assertThat(english)
                .containsKeys("gain.table." + d.stem, "gain.column." + d.stem));
        assertThat(english).containsKeys("gain.hromadaKind.RURAL", "gain.hromadaKind.TOWN", "gain.hromadaKind.CITY");
    }

    private static Properties load(String bundle) throws IOException {
        try (InputStream in = GainMessagesTest.class.getClassLoader().getResourceAsStream(bundle)) {
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        }
    }
}
