package ua.fakh.web.testing;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.runtime.server.EmbeddedServer;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import ua.fakh.core.testing.Api;
import ua.fakh.core.users.Users;

import java.util.Map;
import java.util.UUID;

/**
 * The base of the page suites: a fresh {@link Browser} per test, and the API helper to set up
 * organizations and people quickly (with unique names, so suites can share one database).
 */
public abstract class PageTest {
    @Inject
    protected EmbeddedServer server;

    @Inject
    @Client("/")
    protected HttpClient client;

    @Inject
    protected Users users;

    protected Browser browser;
    protected Api api;

    @BeforeEach
    void openBrowser() {
        browser = new Browser(server);
        api = new Api(client);
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    protected UUID newProvider() {
        return Api.id(api.createOrganization(api.adminToken(), Api.unique("Навчальний центр"), "PROVIDER", null));
    }

    /** A user with {@link Api#PASSWORD}; returns their e-mail. */
    protected String newUser(String fullName, String... roles) {
        Map<String, Object> user = api.createUser(api.adminToken(), fullName, newProvider(), roles);
        return (String) user.get("email");
    }

    protected UUID userId(String email) {
        return users.findByEmail(email).orElseThrow().id();
    }
}
