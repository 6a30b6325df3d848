package ua.fakh.core.plugins;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import ua.fakh.core.i18n.LocaleChoice;
import ua.fakh.core.testing.Api;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
class PluginsIT {
    private static final String FILESYSTEM_UK = "Файли на диску сервера";
    private static final String S3_UK = "S3-сумісне об'єктне сховище";
    private static final String FILESYSTEM_EN = "Files on the server disk";
    private static final String S3_EN = "S3-compatible object storage";

    @Inject
    @Client("/")
    HttpClient client;

    Api api;
    String admin;

    @BeforeEach
    void setUp() {
        api = new Api(client);
        admin = api.adminToken();
    }

    @Test
    void listsBothStoragePluginsWithUkrainianNamesByDefault() {
        Map<String, Map<String, Object>> plugins = plugins(Api.authorised(HttpRequest.GET("/api/plugins"), admin));

        assertThat(plugins.get("storage_filesystem"))
                .containsEntry("type", "storage").containsEntry("version", "1.0.0")
                .containsEntry("name", FILESYSTEM_UK).containsEntry("enabled", true);
        assertThat(plugins.get("storage_s3"))
                .containsEntry("type", "storage").containsEntry("version", "1.0.0")
                .containsEntry("name", S3_UK).containsEntry("enabled", true);
    }

    @Test
    void namesThePluginsInEnglishForAnEnglishSpeakingUser() {
        UUID organization = Api.id(api.createOrganization(admin, Api.unique("Організація"), "PROVIDER", null));
        String email = Api.unique("english") + "@test.fakh";
        api.post(admin, "/api/users", Map.of("email", email, "fullName", "Jane Doe", "password", Api.ONE_TIME_PASSWORD,
                "locale", "en", "organizationId", organization.toString(), "roles", List.of("LEARNER")));
        api.setOwnPassword(email, Api.ONE_TIME_PASSWORD, Api.PASSWORD);
        String english = api.login(email, Api.PASSWORD);

        Map<String, Map<String, Object>> plugins = plugins(Api.authorised(HttpRequest.GET("/api/plugins"), english)
                .header(HttpHeaders.ACCEPT_LANGUAGE, "en"));

        assertThat(plugins.get("storage_filesystem")).containsEntry("name", FILESYSTEM_EN);
        assertThat(plugins.get("storage_s3")).containsEntry("name", S3_EN);
    }

    @Test
    void namesThePluginsInEnglishWhenTheLanguageSwitchSaysSo() {
        Map<String, Map<String, Object>> plugins = plugins(Api.authorised(HttpRequest.GET("/api/plugins"), admin)
                .cookie(Cookie.of(LocaleChoice.COOKIE, "en")));

        assertThat(plugins.get("storage_filesystem")).containsEntry("name", FILESYSTEM_EN);
        assertThat(plugins.get("storage_s3")).containsEntry("name", S3_EN);
    }

    @Test
    void refusesAnonymousCallers() {
        assertThat(api.get(null, "/api/plugins").code()).isEqualTo(401);
    }

    private Map<String, Map<String, Object>> plugins(MutableHttpRequest<?> request) {
        HttpResponse<List<Map<String, Object>>> response =
                api.http().exchange(request, Argument.listOf(Argument.mapOf(String.class, Object.class)));
        assertThat(response.code()).isEqualTo(200);
        Map<String, Map<String, Object>> byId = new java.util.LinkedHashMap<>();
        response.body().forEach(entry -> byId.put((String) entry.get("id"), entry));
        return byId;
    }
}
