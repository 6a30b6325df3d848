package ua.fakh.core.ping;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
class PingIT {
    @Inject
    @Client("/")
    HttpClient client;

    @Test
    void anyoneGetsOkWithoutLoggingIn() {
        HttpResponse<Map> response = client.toBlocking().exchange(HttpRequest.GET("/api/public/ping"), Map.class);
        assertThat(response.code()).isEqualTo(200);
        assertThat(response.getContentType()).contains(MediaType.APPLICATION_JSON_TYPE);
        assertThat(response.body()).isEqualTo(Map.of("status", "ok"));
    }
}
