package ua.fakh.web.access;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.DefaultHttpClientConfiguration;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.http.client.multipart.MultipartBody;
import io.micronaut.runtime.server.EmbeddedServer;
import ua.fakh.web.page.PagePaths;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sends the matrix's requests as the persona would: the API with a bearer token, the pages with
 * the session cookie and the CSRF token their forms carry (so that what is judged is the access
 * decision, not a missing token). Follows no redirects: a sign-in redirect is an answer.
 */
final class MatrixClient implements AutoCloseable {
    /** What a browser asks for when it navigates: a page if there is one, else whatever the route serves. */
    private static final String BROWSER_ACCEPT = "text/html,application/xhtml+xml,*/*;q=0.8";
    /** What a script asks for: JSON, else whatever the route serves (a CSV, a PDF). */
    private static final String CLIENT_ACCEPT = "application/json,*/*;q=0.5";
    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final HttpClient client;
    private final BlockingHttpClient http;

    /** A file to upload: its name, media type and bytes. */
    record Sample(String filename, String mediaType, byte[] bytes) {
    }

    MatrixClient(EmbeddedServer server) {
        DefaultHttpClientConfiguration configuration = new DefaultHttpClientConfiguration();
        configuration.setFollowRedirects(false);
        configuration.setReadTimeout(Duration.ofSeconds(120));
        this.client = HttpClient.create(server.getURL(), configuration);
        this.http = client.toBlocking();
    }

    /**
     * Tries {@code row} as someone holding {@code credentials}; {@code fill} replaces the {@code ${…}}
     * placeholders, {@code samples} has the files a row may upload.
     */
    HttpResponse<byte[]> send(Expectation row, Credentials credentials, UnaryOperator<String> fill, Map<String, Sample> samples) {
        String uri = fill.apply(row.uri());
        boolean page = row.isPage();
        Expectation.Body body = row.body();
        HttpMethod method = HttpMethod.parse(row.method());
        boolean sendsBody = method == HttpMethod.POST || method == HttpMethod.PUT || method == HttpMethod.PATCH;
        boolean multipart = body.upload() != null || body.fields() != null;
        if (page && multipart && credentials.csrf() != null) {
            uri += (uri.contains("?") ? "&" : "?") + "_csrf=" + encode(credentials.csrf());
        }
        MutableHttpRequest<Object> request = HttpRequest.create(method, uri);
        if (multipart) {
            request.body(multipart(body, fill, samples)).contentType(MediaType.MULTIPART_FORM_DATA_TYPE);
        } else if (body.text() != null) {
            request.body(fill.apply(body.text())).contentType(body.type() == null ? MediaType.TEXT_PLAIN : body.type());
        } else if (body.json() != null || (sendsBody && !page)) {
            request.body(filled(body.json() == null ? Map.of() : body.json(), fill)).contentType(MediaType.APPLICATION_JSON_TYPE);
        } else if (sendsBody) {
            Map<String, Object> form = new LinkedHashMap<>(body.form() == null ? Map.of() : body.form());
            if (credentials.csrf() != null) {
                form.putIfAbsent("_csrf", credentials.csrf());
            }
            request.body(form(form, fill)).contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE);
        }
        if (page) {
            request.header(HttpHeaders.ACCEPT, body.json() != null ? CLIENT_ACCEPT : BROWSER_ACCEPT);
            if (body.json() != null && credentials.csrf() != null) {
                request.header("X-CSRF-Token", credentials.csrf()); // as the page's own script sends JSON
            }
            if (!credentials.cookies().isEmpty()) {
                request.header(HttpHeaders.COOKIE, cookieHeader(credentials.cookies()));
            }
        } else {
            request.header(HttpHeaders.ACCEPT, CLIENT_ACCEPT);
            if (credentials.bearer() != null) {
                request.bearerAuth(credentials.bearer());
            }
        }
        return exchange(request);
    }

    /** Signs in on the pages like a browser and returns the cookies and form token it then holds. */
    Credentials signIn(String email, String password) {
        Map<String, String> cookies = new LinkedHashMap<>();
        String token = csrfOf(get("/signin", cookies));
        HttpResponse<byte[]> signedIn = post("/signin", cookies, Map.of("email", email, "password", password, "next", "/", "_csrf", token));
        if (signedIn.code() != 303 || cookies.keySet().stream().noneMatch(name -> name.contains("fakh_session"))) {
            throw new AssertionError("Signing in as " + email + " answered " + signedIn.code());
        }
        return new Credentials(null, Map.copyOf(cookies), csrfOf(get("/", cookies)));
    }

    /** An anonymous browser that has opened a page: a CSRF cookie and token, no session. */
    Credentials anonymousBrowser() {
        Map<String, String> cookies = new LinkedHashMap<>();
        String token = csrfOf(get("/signin", cookies));
        return new Credentials(null, Map.copyOf(cookies), token);
    }

    /** Signs the browser session out through the page's own form; the credentials given stay as they were. */
    void signOut(Credentials session) {
        HttpResponse<byte[]> out = post("/signout", new LinkedHashMap<>(session.cookies()), Map.of("_csrf", session.csrf()));
        if (out.code() >= 400) {
            throw new AssertionError("Signing out answered " + out.code());
        }
    }

    private HttpResponse<byte[]> get(String path, Map<String, String> cookies) {
        MutableHttpRequest<Object> request = HttpRequest.GET(path).accept(MediaType.TEXT_HTML_TYPE);
        if (!cookies.isEmpty()) {
            request.header(HttpHeaders.COOKIE, cookieHeader(cookies));
        }
        HttpResponse<byte[]> response = exchange(request);
        remember(response, cookies);
        return response;
    }

    private HttpResponse<byte[]> post(String path, Map<String, String> cookies, Map<String, Object> form) {
        MutableHttpRequest<Object> request = HttpRequest.POST(path, (Object) form(form, UnaryOperator.identity()))
                .contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE).accept(MediaType.TEXT_HTML_TYPE);
        request.header(HttpHeaders.COOKIE, cookieHeader(cookies));
        HttpResponse<byte[]> response = exchange(request);
        remember(response, cookies);
        return response;
    }

    private HttpResponse<byte[]> exchange(MutableHttpRequest<Object> request) {
        try {
            return http.exchange(request, byte[].class);
        } catch (HttpClientResponseException e) {
            @SuppressWarnings("unchecked")
            HttpResponse<byte[]> response = (HttpResponse<byte[]>) e.getResponse();
            return response;
        }
    }

    /** The uploaded sample (if any) and the text fields, as a file-upload form sends them. */
    private static MultipartBody multipart(Expectation.Body body, UnaryOperator<String> fill, Map<String, Sample> samples) {
        MultipartBody.Builder builder = MultipartBody.builder();
        if (body.upload() != null) {
            Sample sample = samples.get(body.upload());
            if (sample == null) {
                throw new IllegalArgumentException("No sample upload '" + body.upload() + "'");
            }
            builder.addPart(body.part() == null ? "file" : body.part(), sample.filename(), MediaType.of(sample.mediaType()), sample.bytes());
        }
        if (body.fields() != null) {
            body.fields().forEach((name, value) -> builder.addPart(name, fill.apply(String.valueOf(value))));
        }
        return builder.build();
    }

    /** The JSON value with every string's placeholders filled in. */
    private static Object filled(Object json, UnaryOperator<String> fill) {
        if (json instanceof String text) {
            return fill.apply(text);
        }
        if (json instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            map.forEach((k, v) -> copy.put(String.valueOf(k), filled(v, fill)));
            return copy;
        }
        if (json instanceof java.util.List<?> list) {
            return list.stream().map(v -> filled(v, fill)).toList();
        }
        return json;
    }

    private static String form(Map<String, Object> fields, UnaryOperator<String> fill) {
        StringJoiner form = new StringJoiner("&");
        fields.forEach((name, value) -> {
            Iterable<?> values = value instanceof java.util.List<?> list ? list : java.util.List.of(value == null ? "" : value);
            for (Object v : values) {
                form.add(encode(name) + "=" + encode(fill.apply(String.valueOf(v))));
            }
        });
        return form.toString();
    }

    private static String csrfOf(HttpResponse<byte[]> page) {
        String html = new String(page.getBody(byte[].class).orElse(new byte[0]), StandardCharsets.UTF_8);
        Matcher m = CSRF_FIELD.matcher(html);
        if (!m.find()) {
            throw new AssertionError("No CSRF field on the page (" + page.code() + ")");
        }
        return m.group(1);
    }

    private static void remember(HttpResponse<?> response, Map<String, String> cookies) {
        for (String setCookie : response.getHeaders().getAll(HttpHeaders.SET_COOKIE)) {
            String pair = setCookie.split(";", 2)[0];
            int eq = pair.indexOf('=');
            String name = pair.substring(0, eq).strip();
            String value = pair.substring(eq + 1).strip();
            if (value.isEmpty() || setCookie.toLowerCase().contains("max-age=0")) {
                cookies.remove(name);
            } else {
                cookies.put(name, value);
            }
        }
    }

    private static String cookieHeader(Map<String, String> cookies) {
        StringJoiner header = new StringJoiner("; ");
        cookies.forEach((name, value) -> header.add(name + "=" + value));
        return header.toString();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        client.close();
    }
}
