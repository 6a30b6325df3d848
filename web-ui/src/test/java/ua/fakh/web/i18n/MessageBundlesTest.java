package ua.fakh.web.i18n;

import org.junit.jupiter.api.Test;
import ua.fakh.core.i18n.CoreMessageBundles;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

class MessageBundlesTest {
    /** Every area of every module: core's problems, the web pages' areas, and the courses module's progress sentences. */
    private static final List<String> AREAS = java.util.stream.Stream.of(CoreMessageBundles.AREAS, WebMessageBundles.AREAS,
            List.of("progress", "calendar", "registration", "events")).flatMap(List::stream).toList();

    @Test
    void everyAreaHasExactlyTheSameKeysInEnglishAndUkrainian() throws IOException {
        for (String area : AREAS) {
            Properties english = load("i18n/" + area + ".properties");
            Properties ukrainian = load("i18n/" + area + "_uk.properties");
            assertThat(english == null).as("%s: both languages or neither", area).isEqualTo(ukrainian == null);
            if (english == null) {
                continue;
            }
            assertThat(keys(ukrainian)).as("%s: keys only in English", area).containsAll(keys(english));
            assertThat(keys(english)).as("%s: keys only in Ukrainian", area).containsAll(keys(ukrainian));
        }
        assertThat(load("i18n/messages.properties")).as("the main area").isNotNull();
    }

    @Test
    void noStringIsLeftEmpty() throws IOException {
        for (String area : AREAS) {
            for (String bundle : Set.of("i18n/" + area + ".properties", "i18n/" + area + "_uk.properties")) {
                Properties properties = load(bundle);
                if (properties != null) {
                    assertThat(properties.stringPropertyNames()).as(bundle)
                            .allSatisfy(key -> assertThat(properties.getProperty(key)).as(key).isNotBlank());
                }
            }
        }
    }

    @Test
    void noKeyIsDefinedInTwoAreas() throws IOException {
        Map<String, String> owner = new HashMap<>();
        for (String area : AREAS) {
            Properties english = load("i18n/" + area + ".properties");
            if (english == null) {
                continue;
            }
            for (String key : english.stringPropertyNames()) {
                String earlier = owner.putIfAbsent(key, area);
                assertThat(earlier).as("%s is in both %s and %s", key, earlier, area).isNull();
            }
        }
    }

    private static Set<String> keys(Properties properties) {
        return new TreeSet<>(properties.stringPropertyNames());
    }

    private static Properties load(String bundle) throws IOException {
        try (InputStream in = MessageBundlesTest.class.getClassLoader().getResourceAsStream(bundle)) {
            if (in == null) {
                return null;
            }
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        }
    }
}
