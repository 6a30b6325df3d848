package ua.fakh.web.access;

import io.micronaut.core.annotation.Nullable;
import ua.fakh.web.page.PagePaths;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One row of the access matrix: a route (method and template, as the router spells it), the request
 * that tries it ({@code uri} with {@code ${world value}} placeholders, and a body), and who may.
 * Everyone else is refused: with 401 (a sign-in redirect on pages) when not validly signed in, with
 * {@link #refusal} otherwise.
 *
 * @param fresh the call may end the caller's session (signing out, a password change): it runs after
 *              all others, each signed-in persona with a session of its own
 */
record Expectation(String route, String uri, Set<Persona> allowed, Outcome refusal, Body body, boolean fresh) {

    String method() {
        return route.substring(0, route.indexOf(' '));
    }

    String template() {
        return route.substring(route.indexOf(' ') + 1);
    }

    /** Whether the route is a page (session cookie, CSRF token) rather than the API (bearer token). */
    boolean isPage() {
        return PagePaths.isPage(template());
    }

    /** The row as a test name: the route, and the request when it says more than the route. */
    String describe() {
        String with = body.json() != null ? " with JSON " + body.json() : body.text() != null ? " with " + body.type() : "";
        return route + (uri.equals(template()) ? "" : " as " + uri) + with;
    }

    Outcome expectedFor(Persona persona) {
        if (allowed.contains(persona)) {
            return Outcome.ALLOWED;
        }
        return persona.unauthenticated() ? Outcome.UNAUTHENTICATED : refusal;
    }

    /**
     * What the request carries besides the credentials: at most one of a JSON value, a text body of
     * {@code type}, a page form, or a file-upload form ({@code upload} names one of {@link MatrixWorld#samples}, sent as
     * {@code part}, default {@code file}; {@code fields} are its text fields).
     */
    record Body(@Nullable Object json, @Nullable String text, @Nullable String type, @Nullable Map<String, Object> form,
                @Nullable String upload, @Nullable String part, @Nullable Map<String, Object> fields) {
        static final Body NONE = new Body(null, null, null, null, null, null, null);
    }

    /** {@code anyone}, {@code signed-in} or persona names, separated by spaces. */
    static Set<Persona> parseAllowed(String who) {
        Set<Persona> allowed = EnumSet.noneOf(Persona.class);
        for (String name : who.trim().split("\\s+")) {
            switch (name) {
                case "anyone" -> allowed.addAll(EnumSet.allOf(Persona.class));
                case "signed-in" -> allowed.addAll(Persona.SIGNED_IN);
                case "nobody", "" -> { }
                default -> allowed.add(Persona.named(name));
            }
        }
        return allowed;
    }

    @SuppressWarnings("unchecked")
    static Expectation parse(String route, Map<String, Object> row) {
        Set<String> known = Set.of("uri", "allow", "refused", "json", "text", "type", "form", "upload", "part", "fields", "fresh");
        for (String key : row.keySet()) {
            if (!known.contains(key)) {
                throw new IllegalArgumentException(route + ": unknown key '" + key + "'");
            }
        }
        if (!row.containsKey("allow")) {
            throw new IllegalArgumentException(route + ": says nothing about who may ('allow')");
        }
        String template = route.substring(route.indexOf(' ') + 1);
        String uri = (String) row.getOrDefault("uri", template);
        String path = uri.split("\\?", 2)[0].replaceAll("\\$\\{[A-Za-z0-9]+}", "value");
        if (!path.matches(template.replaceAll("\\{[^}]+}", "[^/]+").replace(".", "\\."))) {
            throw new IllegalArgumentException(route + ": the uri " + uri + " is not a path of this route");
        }
        Object refused = row.getOrDefault("refused", 403);
        Outcome refusal = switch (refused.toString()) {
            case "403" -> Outcome.FORBIDDEN;
            case "404" -> Outcome.NOT_FOUND;
            default -> throw new IllegalArgumentException(route + ": refused must be 403 or 404");
        };
        Body body = new Body(row.get("json"), (String) row.get("text"), (String) row.get("type"),
                (Map<String, Object>) row.get("form"), (String) row.get("upload"), (String) row.get("part"),
                (Map<String, Object>) row.get("fields"));
        return new Expectation(route, uri, parseAllowed(String.valueOf(row.get("allow"))), refusal, body,
                Boolean.TRUE.equals(row.get("fresh")));
    }

    /** The rows of one route: a single mapping, or a list of them when one request cannot say it all. */
    @SuppressWarnings("unchecked")
    static List<Expectation> parseAll(String route, Object value) {
        if (value instanceof List<?> rows) {
            return rows.stream().map(r -> parse(route, (Map<String, Object>) r)).toList();
        }
        return List.of(parse(route, (Map<String, Object>) value));
    }
}
