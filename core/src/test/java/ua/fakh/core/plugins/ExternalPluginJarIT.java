package ua.fakh.core.plugins;

import io.micronaut.context.ApplicationContext;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.runtime.server.EmbeddedServer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ua.fakh.core.storage.BlobStore;
import ua.fakh.core.storage.Blobs;
import ua.fakh.core.storage.StoredBlob;
import ua.fakh.core.testing.Api;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A plugin compiled on its own, packed in its own jar and put on the class path is found and used
 * with no other change: no registration, no configuration beyond choosing it. And a jar with a bad
 * plugin stops start-up.
 */
class ExternalPluginJarIT {
    @TempDir
    static Path work;

    static Path memoryStoreJar;

    @BeforeAll
    static void buildThePluginJar() throws IOException {
        memoryStoreJar = PluginJar.build(work, "fakh-storage-memory",
                Map.of(ExternalPluginSources.MEMORY_STORE_CLASS, ExternalPluginSources.MEMORY_STORE),
                ExternalPluginSources.MEMORY_STORE_STRINGS);
    }

    @Test
    void thePluginIsNotOnTheTestClassPathItself() {
        assertThatThrownBy(() -> Class.forName(ExternalPluginSources.MEMORY_STORE_CLASS))
                .isInstanceOf(ClassNotFoundException.class);
    }

    @Test
    void aPluginJarOnTheClassPathIsListedWithItsOwnNames() throws IOException {
        try (URLClassLoader loader = loaderWith(memoryStoreJar);
             ApplicationContext context = start(loader, Map.of())) {
            List<InstalledPlugins.Entry> english = context.getBean(InstalledPlugins.class).list(Locale.ENGLISH);
            List<InstalledPlugins.Entry> ukrainian = context.getBean(InstalledPlugins.class).list(Locale.forLanguageTag("uk"));

            assertThat(english).contains(new InstalledPlugins.Entry("storage_memory", "storage", "0.1.0", "Blobs in memory", true));
            assertThat(ukrainian).extracting(InstalledPlugins.Entry::name).contains("Файли в пам'яті");
            assertThat(context.getBean(Blobs.class).registry().find("storage_memory")).isPresent();
        }
    }

    @Test
    void theApiListsThePluginFromTheJar() throws IOException {
        try (URLClassLoader loader = loaderWith(memoryStoreJar);
             ApplicationContext context = start(loader, Map.of())) {
            EmbeddedServer server = context.getBean(EmbeddedServer.class).start();
            try (HttpClient client = context.createBean(HttpClient.class, server.getURL())) {
                Api api = new Api(client);
                List<Map<String, Object>> plugins = api.http().retrieve(
                        Api.authorised(HttpRequest.GET("/api/plugins"), api.adminToken())
                                .header(HttpHeaders.ACCEPT_LANGUAGE, "uk"),
                        Argument.listOf(Argument.mapOf(String.class, Object.class)));

                assertThat(plugins).extracting(p -> p.get("id"))
                        .contains("storage_filesystem", "storage_memory", "storage_s3");
                assertThat(plugins).filteredOn(p -> "storage_memory".equals(p.get("id"))).singleElement()
                        .satisfies(p -> assertThat(p).containsEntry("name", "Файли в пам'яті")
                                .containsEntry("type", "storage").containsEntry("version", "0.1.0"));
            } finally {
                server.stop();
            }
        }
    }

    @Test
    void blobsCanChooseThePluginFromTheJar() throws IOException {
        try (URLClassLoader loader = loaderWith(memoryStoreJar);
             ApplicationContext context = start(loader, Map.of("fakh.storage.plugin", "storage_memory"))) {
            BlobStore store = context.getBean(Blobs.class).store();
            byte[] bytes = "збережено в пам'яті".getBytes(StandardCharsets.UTF_8);

            StoredBlob written = store.write("notes/one.txt", new ByteArrayInputStream(bytes), 1000);

            assertThat(store.descriptor().id()).isEqualTo("storage_memory");
            assertThat(store.getClass().getClassLoader()).isSameAs(loader);
            assertThat(store.stat("notes/one.txt")).contains(written);
            try (InputStream in = store.read("notes/one.txt", 0, -1)) {
                assertThat(in.readAllBytes()).isEqualTo(bytes);
            }
        }
    }

    @Test
    void aJarWithAMalformedPluginIdStopsStartUp() throws IOException {
        Path jar = PluginJar.build(work, "fakh-bad-id", Map.of("org.example.fakh.bad.BadId",
                ExternalPluginSources.barePlugin("org.example.fakh.bad", "BadId", "Memory-Store")), Map.of());

        try (URLClassLoader loader = loaderWith(jar)) {
            assertThatThrownBy(() -> start(loader, Map.of()).close())
                    .satisfies(e -> assertThat(rootCause(e)).isInstanceOf(InvalidPluginException.class)
                            .hasMessageContaining("Memory-Store"));
        }
    }

    @Test
    void aJarReusingABuiltInPluginIdStopsStartUp() throws IOException {
        Path jar = PluginJar.build(work, "fakh-twin", Map.of("org.example.fakh.twin.Twin",
                ExternalPluginSources.barePlugin("org.example.fakh.twin", "Twin", "storage_filesystem")), Map.of());

        try (URLClassLoader loader = loaderWith(jar)) {
            assertThatThrownBy(() -> start(loader, Map.of()).close())
                    .satisfies(e -> assertThat(rootCause(e)).isInstanceOf(InvalidPluginException.class)
                            .hasMessageContaining("storage_filesystem").hasMessageContaining("org.example.fakh.twin.Twin"));
        }
    }

    private static URLClassLoader loaderWith(Path jar) throws IOException {
        return new URLClassLoader(new URL[]{jar.toUri().toURL()}, ExternalPluginJarIT.class.getClassLoader());
    }

    private static ApplicationContext start(ClassLoader loader, Map<String, Object> properties) {
        return ApplicationContext.builder()
                .classLoader(loader)
                .environments("test")
                .properties(new HashMap<>(properties))
                .start();
    }

    private static Throwable rootCause(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause;
    }
}
