package ua.fakh.web.testing;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.DefaultHttpClientConfiguration;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.runtime.server.EmbeddedServer;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Drives the pages like a browser without JavaScript: keeps cookies, sends {@code Accept: text/html},
 * does not follow redirects (so tests can see them), and fills in the CSRF field with the token the
 * last page carried (as a page's form would), fetching a page for it when the session changed since.
 */
public final class Browser implements AutoCloseable {
    public static final String ADMIN_EMAIL = "admin@test.fakh";
    public static final String ADMIN_PASSWORD = "admin-password-for-tests";

    private final HttpClient client;
    private final BlockingHttpClient http;
    private static final Pattern TOKEN_IN_PAGE = Pattern.compile("(?:name=\"_csrf\" value=|data-csrf=)\"([A-Za-z0-9_-]+)\"");

    private final Map<String, String> cookies = new LinkedHashMap<>();
    private String csrfToken;

    public Browser(EmbeddedServer server) {
        DefaultHttpClientConfiguration configuration = new DefaultHttpClientConfiguration();
        configuration.setFollowRedirects(false);
        this.client = HttpClient.create(server.getURL(), configuration);
        this.http = client.toBlocking();
    }

    /** A page as the browser got it. */
    public record Page(int status, String html, HttpHeaders headers) {
        public String location() {
            return headers.get(HttpHeaders.LOCATION);
        }

        public String contentType() {
            return headers.get(HttpHeaders.CONTENT_TYPE);
        }

        /** The first capture group of {@code regex} in the page, or a failure naming the page. */
        public String find(String regex) {
            Matcher m = Pattern.compile(regex, Pattern.DOTALL).matcher(html);
            if (!m.find()) {
                throw new AssertionError("No match for " + regex + " in:\n" + html);
            }
            return m.group(1);
        }
    }

    public Page get(String path) {
        return send(HttpRequest.GET(path));
    }

    /** A form post with the CSRF field filled in, as a page of ours would send it. */
    public Page post(String path, Map<String, ?> fields) {
        Map<String, Object> withToken = new LinkedHashMap<>(fields);
        withToken.putIfAbsent("_csrf", csrfToken());
        return postWithoutToken(path, withToken);
    }

    public Page postWithoutToken(String path, Map<String, ?> fields) {
        return send(HttpRequest.POST(path, encode(fields)).contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE));
    }

    public Page send(MutableHttpRequest<?> request) {
        if (!request.getHeaders().contains(HttpHeaders.ACCEPT)) {
            request.accept(MediaType.TEXT_HTML_TYPE);
        }
        if (!cookies.isEmpty()) {
            StringJoiner header = new StringJoiner("; ");
            cookies.forEach((name, value) -> header.add(name + "=" + value));
            request.header(HttpHeaders.COOKIE, header.toString());
        }
        HttpResponse<String> response;
        try {
            response = http.exchange(request, String.class);
        } catch (HttpClientResponseException e) {
            @SuppressWarnings("unchecked")
            HttpResponse<String> failed = (HttpResponse<String>) e.getResponse();
            response = failed;
        }
        remember(response);
        String html = response.getBody(String.class).orElse("");
        Matcher token = TOKEN_IN_PAGE.matcher(html);
        if (token.find()) {
            csrfToken = token.group(1);
        }
        return new Page(response.code(), html, response.getHeaders());
    }

    /** The CSRF token of this browser's current session, as its pages carry it. */
    public String csrfToken() {
        if (csrfToken == null) {
            get("/signin"); // every page carries it; this one exists for everybody
        }
        return csrfToken;
    }

    /** A file download with this browser's cookies: the body's bytes (fails on a status other than 2xx). */
    public byte[] download(String path) {
        MutableHttpRequest<?> request = HttpRequest.GET(path);
        StringJoiner header = new StringJoiner("; ");
        cookies.forEach((name, value) -> header.add(name + "=" + value));
        request.header(HttpHeaders.COOKIE, header.toString());
        return http.retrieve(request, byte[].class);
    }

    /** Opens the sign-in page (for the CSRF cookie) and signs in. */
    public Page signIn(String email, String password) {
        get("/signin");
        return post("/signin", Map.of("email", email, "password", password, "next", "/"));
    }

    public Page signInAsAdmin() {
        return signIn(ADMIN_EMAIL, ADMIN_PASSWORD);
    }

    public String cookie(String name) {
        return cookies.get(name);
    }

    private void remember(HttpResponse<?> response) {
        for (String setCookie : response.getHeaders().getAll(HttpHeaders.SET_COOKIE)) {
            String pair = setCookie.split(";", 2)[0];
            int eq = pair.indexOf('=');
            String name = pair.substring(0, eq).strip();
            String value = pair.substring(eq + 1).strip();
            if (name.contains("fakh_csrf") || name.contains("fakh_session")) {
                csrfToken = null; // a new session or pre-session id: the pages' token changed
            }
            if (value.isEmpty() || setCookie.toLowerCase().contains("max-age=0")) {
                cookies.remove(name);
            } else {
                cookies.put(name, value);
            }
        }
    }

    public static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    public static String encode(Map<String, ?> fields) {
        StringJoiner body = new StringJoiner("&");
        fields.forEach((name, value) -> {
            List<?> values = value instanceof List<?> list ? list : List.of(value == null ? "" : value);
            for (Object v : values) {
                body.add(URLEncoder.encode(name, StandardCharsets.UTF_8) + "=" + URLEncoder.encode(String.valueOf(v), StandardCharsets.UTF_8));
            }
        });
        return body.toString();
    }

    @Override
    public void close() {
        client.close();
    }
}
