package ua.fakh.core.plugins;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static ua.fakh.core.plugins.TestPlugins.Bare;
import static ua.fakh.core.plugins.TestPlugins.enabledExcept;

class PluginRegistryTest {

    @Test
    void listsEnabledPluginsOrderedById() {
        PluginRegistry<Bare> registry = new PluginRegistry<>("storage",
                List.of(Bare.of("storage_s3"), Bare.of("storage_filesystem")), enabledExcept());

        assertThat(registry.all()).extracting(p -> p.descriptor().id()).containsExactly("storage_filesystem", "storage_s3");
        assertThat(registry.require("storage_s3").descriptor().id()).isEqualTo("storage_s3");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Storage_memory", "storage", "storage-memory", "_memory", "storage_", "storage_Memory", "1storage_x"})
    void refusesAMalformedId(String id) {
        assertThatThrownBy(() -> new PluginRegistry<>("storage", List.of(Bare.of(id)), enabledExcept()))
                .isInstanceOf(InvalidPluginException.class)
                .hasMessageContaining("malformed");
    }

    @Test
    void refusesADescriptorWithoutVersion() {
        Bare noVersion = new Bare(new PluginDescriptor("storage_memory", " ", "plugin.name"));

        assertThatThrownBy(() -> new PluginRegistry<>("storage", List.of(noVersion), enabledExcept()))
                .isInstanceOf(InvalidPluginException.class);
    }

    @Test
    void refusesTwoPluginsWithTheSameId() {
        assertThatThrownBy(() -> new PluginRegistry<>("storage",
                List.of(Bare.of("storage_memory"), Bare.of("storage_memory")), enabledExcept()))
                .isInstanceOf(InvalidPluginException.class)
                .hasMessageContaining("storage_memory");
    }

    @Test
    void refusesAPluginOfAnotherType() {
        assertThatThrownBy(() -> new PluginRegistry<>("storage", List.of(Bare.of("qtype_truefalse")), enabledExcept()))
                .isInstanceOf(InvalidPluginException.class)
                .hasMessageContaining("storage_");
    }

    @Test
    void leavesDisabledPluginsOut() {
        PluginRegistry<Bare> registry = new PluginRegistry<>("storage",
                List.of(Bare.of("storage_s3"), Bare.of("storage_filesystem")), enabledExcept("storage_s3"));

        assertThat(registry.find("storage_s3")).isEmpty();
        assertThat(registry.all()).extracting(p -> p.descriptor().id()).containsExactly("storage_filesystem");
        assertThatThrownBy(() -> registry.require("storage_s3")).isInstanceOf(InvalidPluginException.class)
                .hasMessageContaining("storage_s3");
    }

    @Test
    void stillRefusesADuplicateThatIsDisabled() {
        assertThatThrownBy(() -> new PluginRegistry<>("storage",
                List.of(Bare.of("storage_memory"), Bare.of("storage_memory")), enabledExcept("storage_memory")))
                .isInstanceOf(InvalidPluginException.class);
    }
}
