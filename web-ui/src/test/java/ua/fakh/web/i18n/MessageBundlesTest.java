package ua.fakh.web.i18n;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

class MessageBundlesTest {

    @Test
    void englishAndUkrainianHaveExactlyTheSameKeys() throws IOException {
        Set<String> english = keys("i18n/messages.properties");
        Set<String> ukrainian = keys("i18n/messages_uk.properties");

        assertThat(english).isNotEmpty();
        assertThat(ukrainian).as("keys only in English").containsAll(english);
        assertThat(english).as("keys only in Ukrainian").containsAll(ukrainian);
    }

    @Test
    void noStringIsLeftEmpty() throws IOException {
        for (String bundle : Set.of("i18n/messages.properties", "i18n/messages_uk.properties")) {
            Properties properties = load(bundle);
            assertThat(properties.stringPropertyNames()).as(bundle)
                    .allSatisfy(key -> assertThat(properties.getProperty(key)).as(key).isNotBlank());
        }
    }

    private static Set<String> keys(String bundle) throws IOException {
        return new TreeSet<>(load(bundle).stringPropertyNames());
    }

    private static Properties load(String bundle) throws IOException {
        try (InputStream in = MessageBundlesTest.class.getClassLoader().getResourceAsStream(bundle)) {
            assertThat(in).as(bundle).isNotNull();
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        }
    }
}
