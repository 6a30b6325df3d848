package ua.fakh.web.access;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.Cookie;
import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpResponse;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import ua.fakh.core.events.Outbox;
import ua.fakh.core.testing.Api;
import ua.fakh.web.browser.ChromiumTest;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every page of the access matrix, opened as the people who may open it, on a 360 px phone in
 * Ukrainian: no page is wider than the screen, and none shows English — neither the templates' text
 * nor what the server wrote into it. Every page form is then sent with its fields emptied, and the
 * refusal page it answers with is read the same way, so a validation message in English is caught
 * too. Words inside an element marked with another language ({@code lang="en"}), code samples,
 * e-mail addresses, web addresses and codes with digits are not prose and are left alone.
 */
@MicronautTest(transactional = false)
@Property(name = "fakh.outbox.poll", value = "1h")
@Property(name = "fakh.outbox.first-poll", value = "1h")
@Property(name = "fakh.public-rate-limit", value = "0")
@Property(name = "micronaut.http.client.read-timeout", value = "120s")
class EveryPageBrowserIT extends ChromiumTest {
    /** Who views each page: the first of these the matrix allows, then the others it allows too. */
    private static final List<Persona> VIEWERS = List.of(Persona.LEARNER, Persona.TRAINER, Persona.HR, Persona.ADMIN, Persona.ANALYST,
            Persona.ANONYMOUS);
    /** Routes that are not pages a person reads: the language switch, sign-out, downloads and feeds. */
    private static final Pattern NOT_A_READING_PAGE = Pattern.compile("^/(lang|logout|signout)\\b.*|.*\\.(pdf|csv|xlsx|zip|ics|jwt|json)$|.*/(pdf|csv|xlsx|export|download|content|ob3)(\\b.*)?$");
    /** Names and abbreviations that are the same in Ukrainian text. */
    private static final Set<String> NAMES = Set.of("Fakh", "English", "PDF", "CSV", "XLSX", "ZIP", "JSON", "GIFT", "QR", "URL", "MP4",
            "MP3", "JWT", "ID", "YouTube", "Vimeo", "Excel", "SHA", "OB", "Open", "Badges", "PAdES", "PNG", "JPEG", "PKCS", "Markdown",
            "Word", "HTML", "TLS", "Moodle", "Telegram", "Viber", "SMTP", "iCalendar",
            "VC", "Web", "Token", "API", "OpenAPI", "YAML"); // the names of standards: JSON Web Token, VC-JWT, OpenAPI
    private static final Pattern NOT_PROSE = Pattern.compile(
            "\\S+@\\S+|https?://\\S+|\\b[\\p{L}\\d_-]*\\d[\\p{L}\\d_-]*\\b|[0-9a-f]{8}-[0-9a-f-]{27}"
            + "|[\\w-]*\\.[a-z0-9]{2,4}\\b|\\{[A-Z]+}|\\blocalhost\\b|(?<![\\w])/[\\w./-]+");
    /** Three letters or more: two-letter codes (uk, en, HR) appear in Ukrainian text, English prose never only in them. */
    private static final Pattern LATIN_WORD = Pattern.compile("\\b[A-Za-z]{3,}\\b");
    /** The text a reader sees or hears, without scripts, code and parts marked as another language. */
    private static final String READABLE_TEXT = """
            () => {
              const clone = document.body.cloneNode(true);
              clone.querySelectorAll('script, style, template, noscript, code, pre, kbd, [translate="no"], [lang]:not([lang^="uk"])')
                   .forEach(e => e.remove());
              const said = [...clone.querySelectorAll('[title], [alt], [placeholder], [aria-label]')]
                   .map(e => ['title', 'alt', 'placeholder', 'aria-label'].map(a => e.getAttribute(a) || '').join(' '));
              return clone.textContent + ' ' + said.join(' ') + ' ' + document.title;
            }""";

    @Inject
    Outbox outbox;

    private MatrixClient matrix;
    private MatrixWorld world;
    private final Map<Persona, BrowserContext> phones = new EnumMap<>(Persona.class);

    @BeforeAll
    void buildTheWorld() {
        matrix = new MatrixClient(server);
        world = new MatrixWorld(new Api(client), matrix, outbox::deliverDue);
    }

    @AfterAll
    void closePhones() {
        phones.values().forEach(BrowserContext::close);
        if (matrix != null) {
            matrix.close();
        }
    }

    @Test
    void everyPageFitsAPhoneAndSpeaksUkrainianOnly() {
        List<String> wrong = new ArrayList<>();
        int read = 0;
        for (Expectation row : AccessMatrix.load().rows) {
            if (!row.method().equals("GET") || !row.isPage() || NOT_A_READING_PAGE.matcher(row.template()).matches()) {
                continue;
            }
            for (Persona viewer : VIEWERS) {
                if (row.expectedFor(viewer) != Outcome.ALLOWED) {
                    continue;
                }
                Page page = phone(viewer).newPage();
                try {
                    String uri = world.fill(row.uri());
                    Response response;
                    try {
                        response = page.navigate(server.getURL() + uri);
                    } catch (PlaywrightException download) {
                        continue; // a file the browser saves ("Download is starting"), not a page to read
                    }
                    if (response == null || response.status() != 200 || !response.headerValue("content-type").startsWith("text/html")) {
                        continue;
                    }
                    read++;
                    String where = row.route() + " as " + viewer + " (" + uri + ")";
                    try {
                        if (page.locator("main").count() > 0) { // a fragment (htmx swaps it into a page) has no width of its own
                            assertFitsViewport(page);
                        }
                    } catch (AssertionError tooWide) {
                        wrong.add(where + ": " + tooWide.getMessage().lines().findFirst().orElse(""));
                    }
                    english(page).ifPresent(words -> wrong.add(where + " shows English: " + words));
                } finally {
                    page.close();
                }
            }
        }
        assertThat(read).as("pages read").isGreaterThan(30);
        assertThat(wrong).as("pages that are wider than a phone or not in Ukrainian").isEmpty();
    }

    @Test
    void everyRefusedPageFormAnswersInUkrainian() {
        List<String> wrong = new ArrayList<>();
        int sent = 0;
        for (Expectation row : AccessMatrix.load().rows) {
            if (!row.method().equals("POST") || !row.isPage() || row.fresh() || row.body().form() == null || row.body().form().isEmpty()) {
                continue;
            }
            Persona sender = VIEWERS.stream().filter(p -> p != Persona.ANONYMOUS && row.expectedFor(p) == Outcome.ALLOWED).findFirst().orElse(null);
            if (sender == null) {
                continue;
            }
            Map<String, Object> emptied = new LinkedHashMap<>();
            row.body().form().keySet().forEach(field -> emptied.put(field, ""));
            Expectation empty = new Expectation(row.route(), row.uri(), row.allowed(), row.refusal(),
                    new Expectation.Body(null, null, null, emptied, null, null, null), false);
            HttpResponse<byte[]> answer = matrix.send(empty, world.credentials.get(sender), world::fill, world.samples);
            String type = answer.getHeaders().get("Content-Type");
            if (answer.code() >= 500) {
                wrong.add(row.route() + " with empty fields answered " + answer.code());
                continue;
            }
            if (type == null || !type.startsWith("text/html")) {
                continue;
            }
            sent++;
            Page page = phone(sender).newPage();
            try {
                page.setContent(new String(answer.getBody(byte[].class).orElse(new byte[0]), StandardCharsets.UTF_8));
                english(page).ifPresent(words -> wrong.add(row.route() + " with empty fields, as " + sender + ", shows English: " + words));
            } finally {
                page.close();
            }
        }
        assertThat(sent).as("refusal pages read").isGreaterThan(10);
        assertThat(wrong).as("refusals that are not in Ukrainian").isEmpty();
    }

    /** The English words a page shows, if any. */
    private static java.util.Optional<String> english(Page page) {
        String text = NOT_PROSE.matcher((String) page.evaluate(READABLE_TEXT)).replaceAll(" ");
        Set<String> words = new java.util.TreeSet<>();
        Matcher latin = LATIN_WORD.matcher(text);
        while (latin.find()) {
            if (!NAMES.contains(latin.group())) {
                words.add(latin.group());
            }
        }
        return words.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(String.join(" ", words));
    }

    /** The persona's phone: its browser session (the cookies the matrix signed in with), in Ukrainian. */
    private BrowserContext phone(Persona persona) {
        return phones.computeIfAbsent(persona, p -> {
            BrowserContext context = phone("uk-UA");
            List<Cookie> cookies = new ArrayList<>();
            world.credentials.get(p).cookies().forEach((name, value) -> cookies.add(new Cookie(name, value).setUrl(server.getURL().toString())));
            if (!cookies.isEmpty()) {
                context.addCookies(cookies);
            }
            return context;
        });
    }
}
