package ua.fakh.core.config;

import io.micronaut.context.ApplicationContext;
import io.micronaut.http.client.HttpClient;
import io.micronaut.runtime.server.EmbeddedServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ua.fakh.core.testing.Api;

import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The embedded default: everything lives in the data directory and survives a restart, sessions included. */
class RestartIT {
    @TempDir
    Path dataDir;

    @Test
    void aRestartOnTheSameDataDirectoryKeepsPeopleOrganizationsAndSessions() {
        String token;
        String email;
        UUID organization;
        try (EmbeddedServer first = start()) {
            Api api = new Api(first.getApplicationContext().createBean(HttpClient.class, first.getURL()));
            String admin = api.adminToken();
            organization = Api.id(api.createOrganization(admin, "Луганська область", "OBLAST", null));
            email = (String) api.createUser(admin, "Соломія Крушельницька", organization, "LEARNER").get("email");
            token = api.login(email, Api.PASSWORD);
        }
        try (EmbeddedServer second = start()) {
            Api api = new Api(second.getApplicationContext().createBean(HttpClient.class, second.getURL()));
            Map<String, Object> me = api.get(token, "/api/me").body();
            assertThat(me).containsEntry("fullName", "Соломія Крушельницька").containsEntry("email", email);
            assertThat(api.login(email, Api.PASSWORD)).isNotBlank();
            assertThat(api.get(api.adminToken(), "/api/organizations/" + organization).body())
                    .containsEntry("name", "Луганська область");
        }
    }

    private EmbeddedServer start() {
        String url = "jdbc:h2:file:" + dataDir.resolve("db/fakh") + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
        return ApplicationContext.run(EmbeddedServer.class, Map.of(
                "datasources.default.url", url,
                "datasources.default.username", "sa",
                "datasources.default.password", "",
                "fakh.data-dir", dataDir.toString(),
                "micronaut.server.port", -1), "test");
    }
}
