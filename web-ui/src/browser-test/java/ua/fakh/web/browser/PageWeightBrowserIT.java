package ua.fakh.web.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.Request;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.Cookie;
import com.microsoft.playwright.options.LoadState;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import ua.fakh.core.testing.Api;
import ua.fakh.web.learn.LearnWorld;

import java.nio.file.Paths;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The weight budget of a lesson page on a phone with a weak connection: everything the browser
 * transfers on a learner's first visit to a lesson — the page, its style and scripts, the service
 * worker and the shell it stores for offline use — stays under {@value #FIRST_VISIT_BUDGET} bytes.
 * Playwright reports the service worker's own requests too (its experimental switch, set below), so
 * the shell's download counts. The measured figures are printed for the closing note and perf/.
 */
@MicronautTest(transactional = false)
class PageWeightBrowserIT extends ChromiumTest {
    static final int FIRST_VISIT_BUDGET = 40 * 1024;
    private List<Cookie> cookies = List.of();
    private final Map<Request, Answer> answers = new java.util.concurrent.ConcurrentHashMap<>();

    @Override
    @BeforeAll
    protected void launch() {
        playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of(
                "PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1",
                "PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Paths.get(System.getProperty("fakh.browser.executable", "/usr/bin/chromium")))
                .setHeadless(true).setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking")));
    }

    @Test
    void aLessonPageFirstVisitWithItsServiceWorkerStaysInBudget() {
        LearnWorld world = new LearnWorld(new Api(client));
        LearnWorld.Course course = world.publishedCourse("OPEN", null);
        String learner = world.newLearner();
        Api api = new Api(client);
        Api.body(api.post(api.login(learner, Api.PASSWORD), "/api/courses/" + course.id() + "/enrollments", Map.of()));
        List<Cookie> session = signedIn(learner);
        cookies = session;

        try (BrowserContext context = phone("uk-UA")) { // nothing cached, no service worker yet
            context.addCookies(session);
            // Asking a request for its response inside the event handler can hang Playwright: keep them, measure after.
            List<Request> finished = new CopyOnWriteArrayList<>();
            answers.clear();
            context.onRequestFinished(finished::add);
            // Status and origin as the response event carries them (no round trip to the browser later).
            context.onResponse(response -> answers.put(response.request(), new Answer(response.status(), response.fromServiceWorker())));
            Page page = context.newPage();
            page.navigate(server.getURL() + course.path("content_markdown"));
            page.waitForFunction("() => navigator.serviceWorker && navigator.serviceWorker.ready"
                    + ".then(r => r.active && r.active.state === 'activated')");
            page.waitForFunction("async () => (await caches.keys()).some(k => k.startsWith('fakh-shell-'))");
            page.waitForLoadState(LoadState.NETWORKIDLE);
            List<Request> first = List.copyOf(finished);
            finished.clear();
            Set<String> seen = new HashSet<>();
            first.stream().filter(r -> !fromWorker(r)).forEach(r -> seen.add(r.url()));
            long firstVisit = first.stream().mapToLong(r -> report("first visit", r, seen)).sum();
            System.out.println("Lesson page, first visit with the service worker and its shell: " + firstVisit + " bytes");

            page.navigate(server.getURL() + course.path("content_link"));
            page.waitForLoadState(LoadState.NETWORKIDLE);
            finished.stream().filter(r -> !fromWorker(r)).forEach(r -> seen.add(r.url()));
            long nextLesson = List.copyOf(finished).stream().mapToLong(r -> report("next lesson", r, seen)).sum();
            System.out.println("Next lesson page, everything else cached: " + nextLesson + " bytes");

            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)).textContent()).isNotBlank();
            assertThat(firstVisit).as("bytes transferred on the first visit to a lesson page").isPositive()
                    .isLessThan(FIRST_VISIT_BUDGET);
            assertThat(nextLesson).as("the next lesson transfers only its page").isPositive().isLessThan(firstVisit);
        }
    }

    /**
     * What came over the wire for one request: headers and the body as sent (compressed when it was).
     * Chromium does not report the body of some requests a worker makes (its own script, importScripts);
     * for an answer with a body (200) those count at their full uncompressed length, never as nothing.
     */
    private long transferred(Request request) {
        Answer answer = answers.get(request);
        if (answer != null && answer.fromServiceWorker()) {
            return 0; // the worker answered it; what the worker itself fetched is reported as its own request
        }
        if (fromWorker(request)) {
            // Playwright's sizes() may never answer for a worker's request: count the body whole, uncompressed.
            return answer != null && answer.status() == 200 ? uncompressedLength(request.url()) : 0;
        }
        try {
            var sizes = request.sizes();
            long body = sizes.responseBodySize;
            if (body <= 0 && answer != null && answer.status() == 200) {
                body = uncompressedLength(request.url()); // Chromium left it out: count it whole, never as nothing
            }
            return Math.max(0, body) + Math.max(0, sizes.responseHeadersSize);
        } catch (RuntimeException gone) { // a request the page dropped (navigation away) has no sizes
            return 0;
        }
    }

    private long uncompressedLength(String url) {
        var request = io.micronaut.http.HttpRequest.GET(url.replace(server.getURL().toString(), ""));
        cookies.forEach(c -> request.cookie(io.micronaut.http.cookie.Cookie.of(c.name, c.value))); // the learner's pages too
        return client.toBlocking().exchange(request, byte[].class).getBody().map(b -> b.length).orElse(0);
    }

    /**
     * A fingerprinted file ({@code /assets/…}, immutable for a year) that the worker asks for after the
     * page loaded it — storing its shell, importing a script — comes from the browser's HTTP cache.
     */
    private long report(String visit, Request request, Set<String> pageLoaded) {
        boolean again = fromWorker(request) && request.url().contains("/assets/") && pageLoaded.contains(request.url());
        long size = again ? 0 : transferred(request);
        System.out.println(visit + ": " + size + " " + statusOf(request) + " " + request.url().replace(server.getURL().toString(), ""));
        return size;
    }

    /** Whether the service worker made the request (only a page's requests belong to a frame). */
    private static boolean fromWorker(Request request) {
        try {
            return request.frame() == null;
        } catch (RuntimeException noFrame) {
            return true;
        }
    }

    private String statusOf(Request request) {
        Answer answer = answers.get(request);
        return answer == null ? "-" : String.valueOf(answer.status());
    }

    private record Answer(int status, boolean fromServiceWorker) {
    }

    /** The learner's session cookies, signed in through the sign-in page of another browser context. */
    private List<Cookie> signedIn(String email) {
        try (BrowserContext context = phone("uk-UA")) {
            Page page = context.newPage();
            page.navigate(server.getURL() + "/signin");
            page.getByLabel("Електронна пошта").fill(email);
            page.getByLabel("Пароль").fill(Api.PASSWORD);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Увійти")).click();
            page.waitForURL(url -> !url.contains("/signin"));
            return context.cookies();
        }
    }
}
