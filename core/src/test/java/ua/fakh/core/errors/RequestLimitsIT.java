package ua.fakh.core.errors;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import ua.fakh.core.testing.Api;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
class RequestLimitsIT {
    @Inject
    @Client("/")
    HttpClient client;

    @Test
    void anOversizedJsonBodyIs413AndWritesNothing() {
        Api api = new Api(client);
        String admin = api.adminToken();
        String name = Api.unique("Завеликий");
        String huge = "{\"name\":\"" + name + "\",\"kind\":\"OBLAST\",\"nameEn\":\"" + "x".repeat(11 * 1024 * 1024) + "\"}";
        HttpResponse<?> response = api.exchange(Api.authorised(HttpRequest.POST("/api/organizations", huge)
                .contentType(MediaType.APPLICATION_JSON), admin));
        ProblemResponsesIT.assertProblem(response, 413);
        assertThat(api.get(admin, "/api/organizations?q=" + java.net.URLEncoder.encode(name, java.nio.charset.StandardCharsets.UTF_8))
                .body().get("content")).isEqualTo(List.of());
    }

    @Test
    void theSameUserCreatedTenTimesAtOnceExistsOnce() throws Exception {
        Api api = new Api(client);
        String admin = api.adminToken();
        UUID org = Api.id(api.createOrganization(admin, Api.unique("Провайдер"), "PROVIDER", null));
        String email = Api.unique("twice") + "@test.fakh";
        Map<String, Object> body = Map.of("email", email, "fullName", "Подвійний клік", "password", Api.PASSWORD,
                "organizationId", org.toString(), "roles", List.of("LEARNER"));
        ExecutorService pool = Executors.newFixedThreadPool(10);
        try {
            List<Callable<Integer>> calls = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                calls.add(() -> api.post(admin, "/api/users", body).code());
            }
            List<Integer> codes = new ArrayList<>();
            for (Future<Integer> f : pool.invokeAll(calls)) {
                codes.add(f.get());
            }
            assertThat(codes).containsOnly(201, 409);
            assertThat(codes.stream().filter(c -> c == 201)).hasSize(1);
        } finally {
            pool.shutdown();
        }
        assertThat((List<?>) api.get(admin, "/api/users?q=" + email).body().get("content")).hasSize(1);
    }
}
