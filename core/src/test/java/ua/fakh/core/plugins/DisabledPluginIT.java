package ua.fakh.core.plugins;

import io.micronaut.context.annotation.Property;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import ua.fakh.core.storage.Blobs;
import ua.fakh.core.testing.Api;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
@Property(name = "fakh.plugins.storage_s3.enabled", value = "false")
class DisabledPluginIT {
    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    Blobs blobs;

    @Test
    void aDisabledPluginLeavesItsRegistry() {
        assertThat(blobs.registry().find("storage_s3")).isEmpty();
        assertThat(blobs.registry().find("storage_filesystem")).isPresent();
    }

    @Test
    void aDisabledPluginIsStillListedAsDisabled() {
        Api api = new Api(client);
        List<Map<String, Object>> plugins = api.http().retrieve(
                Api.authorised(HttpRequest.GET("/api/plugins"), api.adminToken()),
                Argument.listOf(Argument.mapOf(String.class, Object.class)));

        assertThat(plugins).filteredOn(p -> "storage_s3".equals(p.get("id")))
                .singleElement().satisfies(p -> assertThat(p).containsEntry("enabled", false));
        assertThat(plugins).filteredOn(p -> "storage_filesystem".equals(p.get("id")))
                .singleElement().satisfies(p -> assertThat(p).containsEntry("enabled", true));
    }
}
