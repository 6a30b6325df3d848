package ua.fakh.core.plugins;

import io.micronaut.context.env.DefaultEnvironment;
import io.micronaut.context.env.Environment;
import io.micronaut.context.env.PropertySource;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every plugin, of any type, must pass: extend the SPI's own contract (which extends this one)
 * once per implementation. Checks the descriptor, the two message bundles the plugin ships with its
 * name in each, and that {@code fakh.plugins.<id>.enabled=false} takes it out of its registry.
 */
public abstract class PluginContract {

    /** The plugin under test. */
    protected abstract Plugin plugin();

    /** The SPI's plugin type: the id prefix before the first '_'. */
    protected abstract String expectedType();

    @Test
    void descriptorHasAWellFormedIdOfItsType() {
        PluginDescriptor descriptor = plugin().descriptor();
        assertThat(descriptor.isWellFormed()).as("well-formed: %s", descriptor).isTrue();
        assertThat(descriptor.type()).isEqualTo(expectedType());
        assertThat(descriptor.id()).startsWith(expectedType() + "_");
    }

    @Test
    void hasANameInEnglishAndInUkrainian() throws IOException {
        PluginDescriptor descriptor = plugin().descriptor();
        String english = bundled("i18n/" + descriptor.id() + ".properties", descriptor.nameKey());
        String ukrainian = bundled("i18n/" + descriptor.id() + "_uk.properties", descriptor.nameKey());
        assertThat(english).isNotBlank();
        assertThat(ukrainian).isNotBlank();
        assertThat(InstalledPlugins.name(plugin(), Locale.ENGLISH)).isEqualTo(english);
        assertThat(InstalledPlugins.name(plugin(), Locale.forLanguageTag("uk"))).isEqualTo(ukrainian);
    }

    @Test
    void isSwitchedOffByItsEnabledSetting() {
        Plugin plugin = plugin();
        String id = plugin.descriptor().id();
        assertThat(registryWith(plugin, Map.of()).find(id)).containsSame(plugin);
        assertThat(registryWith(plugin, Map.of("fakh.plugins." + id + ".enabled", "false")).find(id)).isEmpty();
    }

    private PluginRegistry<Plugin> registryWith(Plugin plugin, Map<String, Object> properties) {
        Environment environment = new DefaultEnvironment(List::of);
        environment.addPropertySource(PropertySource.of("plugin-contract", properties));
        environment.start();
        try {
            return new PluginRegistry<>(expectedType(), List.of(plugin), new PluginSettings(environment));
        } finally {
            environment.stop();
        }
    }

    private String bundled(String resource, String key) throws IOException {
        try (InputStream in = plugin().getClass().getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as("the plugin ships %s", resource).isNotNull();
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties.getProperty(key);
        }
    }
}
