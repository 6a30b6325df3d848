package ua.fakh.core.plugins;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static ua.fakh.core.plugins.TestPlugins.Bare;
import static ua.fakh.core.plugins.TestPlugins.enabledExcept;

class InstalledPluginsTest {
    private static final Locale UKRAINIAN = Locale.forLanguageTag("uk");

    @Test
    void refusesToStartWithTwoPluginsOfTheSameId() {
        assertThatThrownBy(() -> new InstalledPlugins(List.of(Bare.of("content_markdown"), Bare.of("content_markdown")),
                enabledExcept()))
                .isInstanceOf(InvalidPluginException.class)
                .hasMessageContaining("content_markdown");
    }

    @Test
    void refusesToStartWithAMalformedId() {
        assertThatThrownBy(() -> new InstalledPlugins(List.of(Bare.of("Markdown")), enabledExcept()))
                .isInstanceOf(InvalidPluginException.class)
                .hasMessageContaining("Markdown");
    }

    @Test
    void listsEveryPluginWithItsNameAndWhetherItIsEnabled() {
        InstalledPlugins installed = new InstalledPlugins(
                List.of(Bare.of("storage_s3"), Bare.of("storage_filesystem")), enabledExcept("storage_s3"));

        assertThat(installed.list(Locale.ENGLISH)).containsExactly(
                new InstalledPlugins.Entry("storage_filesystem", "storage", "1.0.0", "Files on the server disk", true),
                new InstalledPlugins.Entry("storage_s3", "storage", "1.0.0", "S3-compatible object storage", false));
        assertThat(installed.list(UKRAINIAN)).extracting(InstalledPlugins.Entry::name)
                .containsExactly("Файли на диску сервера", "S3-сумісне об'єктне сховище");
    }

    @Test
    void fallsBackToEnglishThenToTheId() {
        assertThat(InstalledPlugins.name(Bare.of("storage_s3"), Locale.GERMAN)).isEqualTo("S3-compatible object storage");
        assertThat(InstalledPlugins.name(Bare.of("qtype_nobundle"), UKRAINIAN)).isEqualTo("qtype_nobundle");
    }
}
