package ua.fakh.core.errors;

import io.micronaut.context.ApplicationContext;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.runtime.server.EmbeddedServer;
import org.h2.tools.Server;
import org.junit.jupiter.api.Test;
import ua.fakh.core.testing.Api;

import java.sql.SQLException;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * While the database cannot be reached the API answers 503 with {@code Retry-After}, not 500. The
 * database here is H2 behind its own TCP server, which the test stops: the application's
 * connections break and new ones are refused, as with a PostgreSQL restart, but deterministically.
 */
class DatabaseOutageIT {

    @Test
    void answers503WithRetryAfterWhileTheDatabaseIsUnreachable() throws SQLException {
        Server database = Server.createTcpServer("-tcpPort", "0", "-ifNotExists").start();
        String url = "jdbc:h2:tcp://127.0.0.1:" + database.getPort() + "/mem:outage-" + UUID.randomUUID()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
        Map<String, Object> settings = Map.of("datasources.default.url", url, "datasources.default.username", "sa",
                "datasources.default.password", "", "datasources.default.driver-class-name", "org.h2.Driver",
                "datasources.default.connection-timeout", 1000, "fakh.outbox.first-poll", "1h");
        try (EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, settings, "test");
             HttpClient client = server.getApplicationContext().createBean(HttpClient.class, server.getURL())) {
            assertThat(server.getApplicationContext().getProperty("datasources.default.url", String.class)).hasValue(url);
            Api api = new Api(client);
            String admin = api.adminToken();
            assertThat(api.get(admin, "/api/organizations").code()).isEqualTo(200);

            database.stop();

            HttpResponse<?> response = api.get(admin, "/api/organizations");
            ProblemResponsesIT.assertProblem(response, 503);
            assertThat(response.header(HttpHeaders.RETRY_AFTER)).isNotNull().matches("[1-9][0-9]*");
            assertThat(Api.body(response).get("detail")).asString().doesNotContain("jdbc", "h2", "SQL");
        } finally {
            database.stop();
        }
    }
}
