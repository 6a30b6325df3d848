package ua.fakh.core.i18n;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import ua.fakh.core.plugins.Plugin;
import ua.fakh.core.plugins.PluginDescriptor;
import ua.fakh.core.plugins.PluginStrings;

import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class MessagesTest {
    private static final Locale UKRAINIAN = Locale.forLanguageTag("uk");
    private final Locale jvmDefault = Locale.getDefault();
    private final Messages messages = new Messages(new BundleMessageSource(getClass().getClassLoader(),
            List.of("i18n/test_first", "i18n/test_second")));

    @AfterEach
    void restoreDefaultLocale() {
        Locale.setDefault(jvmDefault);
    }

    @Test
    void answersInTheAskedLanguageWithArgumentsFilledIn() {
        assertThat(messages.get(UKRAINIAN, "greeting", "Олена")).isEqualTo("Вітаємо, Олена!");
        assertThat(messages.get(Locale.ENGLISH, "greeting", "Olena")).isEqualTo("Welcome, Olena!");
    }

    @Test
    void looksInTheBundlesInOrder() {
        assertThat(messages.get(Locale.ENGLISH, "only.second")).isEqualTo("From the second bundle");
        assertThat(messages.get(UKRAINIAN, "only.second")).isEqualTo("З другого пакета");
    }

    @Test
    void showsAMissingKeyAsTheKey() {
        assertThat(messages.get(UKRAINIAN, "no.such.key")).isEqualTo("no.such.key");
        assertThat(messages.get(Locale.ENGLISH, "no.such.key", 1)).isEqualTo("no.such.key");
    }

    @Test
    void englishStaysEnglishOnAServerSetToUkrainian() {
        Locale.setDefault(UKRAINIAN);
        Messages fresh = new Messages(new BundleMessageSource(getClass().getClassLoader(), List.of("i18n/test_first")));
        assertThat(fresh.get(Locale.ENGLISH, "greeting", "Olena")).isEqualTo("Welcome, Olena!");
    }

    @Test
    void aPluginReadsOnlyItsOwnBundle() {
        Plugin plugin = () -> PluginDescriptor.of("test_sample", "1");
        assertThat(PluginStrings.get(plugin, UKRAINIAN, "plugin.name")).isEqualTo("Зразок");
        assertThat(PluginStrings.get(plugin, Locale.ENGLISH, "plugin.name")).isEqualTo("Sample");
        assertThat(PluginStrings.get(plugin, Locale.ENGLISH, "greeting")).isEqualTo("greeting");
    }
}
