package ua.fakh.web.apidocs;

import io.micronaut.http.HttpMethod;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.inject.MethodExecutionHandle;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.web.router.Router;
import io.micronaut.web.router.UriRouteInfo;
import io.swagger.v3.oas.annotations.Hidden;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;
import ua.fakh.core.testing.ExternalTool;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OpenAPI document the running application serves is one that client generators accept: Redocly
 * CLI ({@code .ci/standards/redocly}, recommended ruleset plus {@code redocly.yaml}) finds no error in
 * it, and it lists every route of the application that is not {@code @Hidden}. A new controller whose
 * package is missing from {@code Application}'s {@code @OpenAPIInclude}, or a new operation without a
 * summary, error responses or security, fails here.
 */
@MicronautTest(transactional = false)
class OpenApiLintIT {
    private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    Router router;

    @Test
    void redoclyFindsNoErrorInTheServedDocument() throws IOException {
        Path document = Files.createTempFile("fakh-openapi", ".yml");
        try {
            Files.writeString(document, servedDocument(), StandardCharsets.UTF_8);
            ExternalTool.Result lint = ExternalTool.node("redocly", "lint.mjs", document.toString());
            // the report names each warning too; CI logs show how many are left
            System.out.println("Redocly lint of /swagger/fakh.yml:\n" + lint.output());
            assertThat(lint.succeeded()).as("Redocly lint of /swagger/fakh.yml:%n%s", lint.output()).isTrue();
        } finally {
            Files.deleteIfExists(document);
        }
    }

    @Test
    void everyRouteThatIsNotHiddenIsInTheDocument() {
        Set<String> documented = operations(new Yaml().load(servedDocument()));
        Set<String> routes = router.uriRoutes()
                .filter(route -> route.getHttpMethod() != HttpMethod.HEAD && route.getHttpMethod() != HttpMethod.OPTIONS)
                .filter(route -> !hidden(route))
                // Micronaut's own routes (the refresh-token endpoint) are its contract, not ours
                .filter(route -> !declaredByMicronaut(route))
                .map(route -> route.getHttpMethod() + " " + route.getUriMatchTemplate())
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(routes).as("the document lists the API").hasSizeGreaterThan(100);
        routes.removeAll(documented);
        assertThat(routes).as("routes missing from /swagger/fakh.yml: name their package in Application's "
                + "@OpenAPIInclude, or mark a page controller @Hidden").isEmpty();
    }

    private String servedDocument() {
        return client.toBlocking().retrieve("/swagger/fakh.yml");
    }

    /**
     * Read by reflection: micronaut-openapi keeps the swagger annotations out of Micronaut's runtime
     * metadata, but they stay in the class files.
     */
    private static boolean hidden(UriRouteInfo<?, ?> route) {
        MethodExecutionHandle<?, ?> target = route.getTargetMethod();
        return target.getDeclaringType().isAnnotationPresent(Hidden.class)
                || target.getTargetMethod().isAnnotationPresent(Hidden.class);
    }

    private static boolean declaredByMicronaut(UriRouteInfo<?, ?> route) {
        return route.getTargetMethod().getDeclaringType().getName().startsWith("io.micronaut.");
    }

    @SuppressWarnings("unchecked")
    private static Set<String> operations(Map<String, Object> document) {
        Set<String> operations = new TreeSet<>();
        ((Map<String, Map<String, Object>>) document.get("paths")).forEach((path, item) -> item.keySet().stream()
                .filter(METHODS::contains)
                .forEach(method -> operations.add(method.toUpperCase() + " " + path)));
        return operations;
    }
}
