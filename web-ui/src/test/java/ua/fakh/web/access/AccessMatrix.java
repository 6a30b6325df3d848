package ua.fakh.web.access;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The expectations of {@code access/access-matrix.yml}, in the file's order. */
final class AccessMatrix {
    static final String RESOURCE = "/access/access-matrix.yml";

    final List<Expectation> rows;

    private AccessMatrix(List<Expectation> rows) {
        this.rows = rows;
    }

    static AccessMatrix load() {
        try (InputStream in = AccessMatrix.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing");
            }
            LoaderOptions options = new LoaderOptions();
            options.setAllowDuplicateKeys(false); // a route written down twice would silently lose one row
            Map<String, Object> routes = new Yaml(options).load(in);
            List<Expectation> rows = new ArrayList<>();
            routes.forEach((route, value) -> {
                if (!route.matches("(GET|POST|PUT|PATCH|DELETE) /\\S*")) {
                    throw new IllegalArgumentException("Not 'METHOD /path': " + route);
                }
                rows.addAll(Expectation.parseAll(route, value));
            });
            return new AccessMatrix(List.copyOf(rows));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every "METHOD /template" the matrix has an expectation for. */
    Set<String> routes() {
        Set<String> routes = new LinkedHashSet<>();
        rows.forEach(row -> routes.add(row.route()));
        return routes;
    }

    /** The rows in the order they run: those that may end a session last. */
    List<Expectation> inRunningOrder() {
        List<Expectation> ordered = new ArrayList<>(rows.stream().filter(r -> !r.fresh()).toList());
        ordered.addAll(rows.stream().filter(Expectation::fresh).toList());
        return ordered;
    }
}
