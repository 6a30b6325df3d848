package ua.fakh.web.access;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OpenAPI document says the same as the access matrix about who may call: an operation the matrix
 * opens to anonymous callers declares {@code security: []} ({@code @Operation(security = {})}), every
 * other one keeps the document's bearer requirement. A generated client then sends the token exactly
 * where it is needed.
 */
class OpenApiSecurityTest {
    private static final String OPENAPI = "/META-INF/swagger/fakh.yml";
    private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");

    @Test
    void operationsOpenToAnonymousCallersAndOnlyTheyDeclareNoSecurity() throws IOException {
        Map<String, Object> document = document();
        assertThat(document.get("security")).as("the document's default").isEqualTo(List.of(Map.of("bearer", List.of())));
        Set<String> open = new TreeSet<>();
        AccessMatrix.load().rows.stream().filter(row -> row.allowed().contains(Persona.ANONYMOUS))
                .forEach(row -> open.add(row.route()));
        Set<String> declaredOpen = new TreeSet<>();
        Set<String> documented = new TreeSet<>();
        paths(document).forEach((path, item) -> item.forEach((method, operation) -> {
            if (METHODS.contains(method)) {
                String route = method.toUpperCase() + " " + path;
                documented.add(route);
                if (List.of().equals(((Map<?, ?>) operation).get("security"))) {
                    declaredOpen.add(route);
                }
            }
        }));
        open.retainAll(documented);
        assertThat(declaredOpen).as("operations with security: [] against the matrix's rows that allow anonymous callers")
                .isEqualTo(open);
    }

    private static Map<String, Object> document() throws IOException {
        try (InputStream in = OpenApiSecurityTest.class.getResourceAsStream(OPENAPI)) {
            assertThat(in).as("the OpenAPI document generated at compile time").isNotNull();
            return new Yaml().load(in);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Map<String, Object>> paths(Map<String, Object> document) {
        return (Map<String, Map<String, Object>>) document.get("paths");
    }
}
