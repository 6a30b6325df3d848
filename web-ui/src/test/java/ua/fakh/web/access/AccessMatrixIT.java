package ua.fakh.web.access;

import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.web.router.Router;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.yaml.snakeyaml.Yaml;
import ua.fakh.core.events.Outbox;
import ua.fakh.core.testing.Api;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The authorisation matrix: every route of the application (API and pages) tried as every persona,
 * against {@code access/access-matrix.yml}, where who may call each route is written down once. A
 * route without a row, or a row without a route, fails the build, so a new route cannot ship
 * without someone deciding who may call it.
 */
@MicronautTest(transactional = false)
@Property(name = "fakh.outbox.poll", value = "1h")
@Property(name = "fakh.outbox.first-poll", value = "1h")
// the public checks are tried a few hundred times from one address: their rate limit is not what is tested here
@Property(name = "fakh.public-rate-limit", value = "0")
@Property(name = "micronaut.http.client.read-timeout", value = "120s")
class AccessMatrixIT {
    private static final String OPENAPI = "/META-INF/swagger/fakh.yml";
    private static final AccessMatrix MATRIX = AccessMatrix.load();

    @Inject
    EmbeddedServer server;

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    Router router;

    @Inject
    Outbox outbox;

    private MatrixClient matrix;

    /** After the factory's tests have all run (JUnit calls it once around the whole factory). */
    @AfterEach
    void closeClient() {
        if (matrix != null) {
            matrix.close();
        }
    }

    @Test
    void everyRouteOfTheApplicationHasAnExpectation() {
        assertThat(without(applicationRoutes(), MATRIX.routes()))
                .as("routes with no row in %s: say who may call them", AccessMatrix.RESOURCE).isEmpty();
    }

    @Test
    void everyExpectationNamesARouteOfTheApplication() {
        assertThat(without(MATRIX.routes(), applicationRoutes()))
                .as("rows of %s whose route the application no longer has", AccessMatrix.RESOURCE).isEmpty();
    }

    @Test
    void everyOperationOfTheApiDocumentHasAnExpectation() throws IOException {
        Set<String> operations = new TreeSet<>();
        try (InputStream in = AccessMatrixIT.class.getResourceAsStream(OPENAPI)) {
            assertThat(in).as("the OpenAPI document generated at compile time").isNotNull();
            Map<String, Object> document = new Yaml().load(in);
            @SuppressWarnings("unchecked")
            Map<String, Map<String, Object>> paths = (Map<String, Map<String, Object>>) document.get("paths");
            paths.forEach((path, operationsOfPath) -> operationsOfPath.keySet().stream()
                    .filter(m -> Set.of("get", "post", "put", "patch", "delete").contains(m))
                    .forEach(m -> operations.add(m.toUpperCase() + " " + path)));
        }
        assertThat(operations).as("the document lists the API").hasSizeGreaterThan(50);
        assertThat(without(operations, MATRIX.routes())).as("operations with no row in %s", AccessMatrix.RESOURCE).isEmpty();
    }

    /** One test per row: every persona tried, those who must be refused first (so a deleting call cannot hide a leak). */
    @TestFactory
    Stream<DynamicTest> everyPersonaGetsWhatTheMatrixSays() {
        matrix = new MatrixClient(server);
        MatrixWorld world = new MatrixWorld(new Api(client), matrix, outbox::deliverDue);
        return MATRIX.inRunningOrder().stream().map(row -> DynamicTest.dynamicTest(row.describe(),
                () -> assertThat(tryAsEveryone(row, world, matrix)).as("%s (%s)", row.describe(), world.fill(row.uri())).isEmpty()));
    }

    /** The personas whose answer differs from the row's expectation, with what they got. */
    private static List<String> tryAsEveryone(Expectation row, MatrixWorld world, MatrixClient matrix) {
        List<String> wrong = new ArrayList<>();
        List<Persona> order = Stream.of(Persona.values())
                .sorted(Comparator.comparing(p -> row.expectedFor(p) == Outcome.ALLOWED)).toList();
        for (Persona persona : order) {
            Credentials credentials = row.fresh() ? world.freshSession(persona, row.isPage()) : world.credentials.get(persona);
            HttpResponse<byte[]> response = matrix.send(row, credentials, world::fill, world.samples);
            Outcome expected = row.expectedFor(persona);
            Outcome actual = Outcome.of(response);
            if (!expected.metBy(actual, row.refusal())) {
                wrong.add(persona + ": expected " + expected + ", got " + response.code() + " " + excerpt(response));
            }
        }
        return wrong;
    }

    /** Enough of the answer to see why: where it redirects, a page's heading, or the start of a problem. */
    private static String excerpt(HttpResponse<byte[]> response) {
        String location = response.getHeaders().get("Location");
        if (location != null) {
            return "-> " + location;
        }
        String body = new String(response.getBody(byte[].class).orElse(new byte[0]), StandardCharsets.UTF_8).replaceAll("\\s+", " ");
        Matcher heading = Pattern.compile("<h1[^>]*>(.*?)</h1>").matcher(body);
        String text = heading.find() ? heading.group(1) : body;
        return text.substring(0, Math.min(text.length(), 160));
    }

    /** "METHOD /template" of every route the router knows; HEAD goes with its GET. */
    private Set<String> applicationRoutes() {
        return router.uriRoutes()
                .filter(route -> route.getHttpMethod() != HttpMethod.HEAD)
                .map(route -> route.getHttpMethod() + " " + route.getUriMatchTemplate())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> without(Set<String> all, Set<String> known) {
        Set<String> rest = new TreeSet<>(all);
        rest.removeAll(known);
        return rest;
    }
}
