package ua.fakh.web.browser;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Route;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.ServiceWorkerPolicy;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import ua.fakh.core.testing.Api;
import ua.fakh.web.learn.LearnWorld;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A learner marks a lesson done with the connection gone: the lesson page says it is kept on the
 * device, and the sync centre (open in another tab) lists it as waiting. When the connection comes
 * back it is sent exactly once, by "Send now", by the `online` event, or, after the server refused it
 * and the centre showed why, by "Try again"; then the server has the lesson done and the list is empty.
 */
@MicronautTest(transactional = false)
class SyncCentreBrowserIT extends ChromiumTest {
    private static final String DONE = "**/lessons/*/done";
    private static final String LABEL = "Урок виконано: Дихальна вправа";

    private Api api;
    private LearnWorld world;
    private LearnWorld.Course course;
    private String learner;
    /** Answers to the "done" posts, as the browser saw them: the server's 303, or a refusal made up here. */
    private final List<Integer> donePosts = new CopyOnWriteArrayList<>();

    @BeforeEach
    void world() {
        api = new Api(client);
        world = new LearnWorld(api);
        course = world.publishedCourse("OPEN", null);
        learner = world.newLearner();
        api.post(api.login(learner, Api.PASSWORD), "/api/courses/" + course.id() + "/enrollments", Map.of());
        donePosts.clear();
    }

    @Test
    void aLessonMarkedDoneOfflineWaitsAndSendNowSendsItOnce() {
        try (BrowserContext context = context()) {
            context.clock().install(); // the pages' timers run only when this test says: no retry sends it behind our back
            Page lesson = context.newPage();
            Page sync = context.newPage();
            openBoth(lesson, sync);

            markDoneOffline(context, lesson, sync);
            Locator item = sync.locator(".sync-item");
            assertThat(item.locator(".sync-since")).containsText("Чекає надсилання");

            // back online, but the server out of reach for a moment: still waiting, and the centre says why
            context.clock().pauseAt(System.currentTimeMillis() + 60_000);
            context.route("**/session/csrf", Route::abort);
            context.setOffline(false);
            assertThat(item.locator(".sync-problem")).hasText("Ще немає зʼєднання із сервером: надішлемо, щойно воно буде.");
            assertThat(donePosts).isEmpty();
            context.unroute("**/session/csrf");

            sync.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Надіслати зараз")).click();
            assertThat(sync.locator(".sync-item")).hasCount(0);
            assertThat(sync.locator(".sync-empty")).isVisible();
            assertThat(sync.locator(".sync-status")).containsText("надіслано 1");
            screenshot(sync, "sync-sent");
        }
        assertThat(audioDone()).isTrue();
        assertThat(donePosts).containsExactly(303);
    }

    @Test
    void theOnlineEventSendsWhatWaitedByItself() {
        try (BrowserContext context = context()) {
            Page lesson = context.newPage();
            Page sync = context.newPage();
            openBoth(lesson, sync);

            markDoneOffline(context, lesson, sync);
            context.setOffline(false);

            assertThat(sync.locator(".sync-item")).hasCount(0);
            assertThat(lesson.locator(".lesson-meta .done-mark")).containsText("виконано");
        }
        assertThat(audioDone()).isTrue();
        assertThat(donePosts).containsExactly(303);
    }

    @Test
    void aRefusalShowsItsReasonUntilTheLearnerTriesAgain() {
        try (BrowserContext context = context()) {
            Page lesson = context.newPage();
            Page sync = context.newPage();
            openBoth(lesson, sync);

            markDoneOffline(context, lesson, sync);
            context.route(DONE, route -> route.fulfill(new Route.FulfillOptions().setStatus(422)
                    .setContentType("application/problem+json")
                    .setBody("{\"status\":422,\"title\":\"Unprocessable\",\"detail\":\"Курс оновлено: позначте урок ще раз\"}")));
            context.setOffline(false);

            Locator item = sync.locator(".sync-item");
            assertThat(item).hasAttribute("data-state", "failed");
            assertThat(item.locator(".sync-since")).containsText("Сервер не прийняв");
            assertThat(item.locator(".sync-problem")).hasText("Курс оновлено: позначте урок ще раз");
            assertThat(item.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Вилучити"))).isVisible();
            ChromiumTest.assertFitsViewport(sync);
            screenshot(sync, "sync-failed");
            assertThat(audioDone()).isFalse();

            context.unroute(DONE);
            item.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Спробувати ще раз")).click();
            assertThat(sync.locator(".sync-item")).hasCount(0);
        }
        assertThat(audioDone()).isTrue();
        assertThat(donePosts).containsExactly(422, 303);
    }

    @Test
    void aTextLessonShownFromItsOfflineCopyCountsAsReadOnceSent() {
        String lessonUrl = server.getURL() + course.path("content_markdown");
        try (BrowserContext context = context()) {
            context.clock().install(); // no retry timer sends it before "Send now"
            Page lesson = context.newPage();
            Page sync = context.newPage();
            openBoth(lesson, sync);
            // What the service worker does with a stored page: the copy, marked as one (fetched as a
            // download, which the server does not count as reading)
            context.route(lessonUrl, route -> {
                APIResponse stored = route.fetch(new Route.FetchOptions().setHeaders(Map.of("X-Fakh-Download", "offline")));
                route.fulfill(new Route.FulfillOptions().setResponse(stored)
                        .setBody(stored.text().replaceFirst("<html", "<html data-offline-copy")));
            });
            context.route("**/opened", Route::abort);
            context.clock().pauseAt(System.currentTimeMillis() + 60_000);

            lesson.navigate(lessonUrl);

            Locator item = sync.locator(".sync-item");
            assertThat(item.locator(".sync-label")).hasText("Урок прочитано без зʼєднання: Що таке стрес");
            assertThat(item.locator(".sync-problem")).hasText("Ще немає зʼєднання із сервером: надішлемо, щойно воно буде.");
            assertThat(lessonDone("content_markdown")).isFalse();

            context.unroute("**/opened");
            sync.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Надіслати зараз")).click();
            assertThat(sync.locator(".sync-item")).hasCount(0);
        }
        assertThat(lessonDone("content_markdown")).isTrue();
    }

    @Test
    void aStoredCourseShowsWhatItTakesAndRemovingItDeletesItsPages() {
        try (BrowserContext context = context()) {
            Page lesson = context.newPage();
            Page sync = context.newPage();
            openBoth(lesson, sync);
            // what "Download for offline" leaves behind: the course's cache and its record
            sync.evaluate("id => FakhDb.put('downloads', {courseId: id, userId: document.querySelector('meta[name=fakh-user]').content,"
                    + " title: 'Курс для перевірки', version: 3, bytes: 150000, mediaLessons: [], downloadedAt: Date.now(), pages: []})"
                    + ".then(() => caches.open('fakh-course-' + id)).then(c => c.put('/courses/' + id, new Response('сторінка')))",
                    course.id().toString());
            sync.reload();

            Locator stored = sync.locator(".stored-item");
            assertThat(stored.locator(".stored-title")).hasText("Курс для перевірки");
            assertThat(stored.locator(".stored-title")).hasAttribute("href", "/courses/" + course.id());
            assertThat(stored.locator(".stored-facts")).containsText("Версія 3 · 146 КБ · збережено");
            assertThat(sync.locator(".sync-usage")).containsText("Цей сайт займає");
            assertThat(sync.locator(".sync-persisted")).isVisible();
            ChromiumTest.assertFitsViewport(sync);
            screenshot(sync, "sync-stored");

            stored.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Вилучити з пристрою")).click();

            assertThat(sync.locator(".stored-item")).hasCount(0);
            assertThat(sync.locator(".sync-none")).isVisible();
            assertThat(sync.evaluate("id => caches.has('fakh-course-' + id)", course.id().toString())).isEqualTo(false);
            assertThat(sync.evaluate("id => FakhDb.get('downloads', id).then(r => r === undefined)", course.id().toString())).isEqualTo(true);
        }
    }

    @Test
    void theSyncCentreOpensOfflineOnceVisited() {
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(PHONE_WIDTH, 740)
                .setLocale("uk-UA"))) {
            context.setDefaultTimeout(15_000);
            Page page = context.newPage();
            openBoth(page, page);
            page.waitForFunction("() => caches.keys().then(names => Promise.all(names.filter(n => n.startsWith('fakh-shell-'))"
                    + ".map(n => caches.open(n).then(c => c.match('/sync'))))).then(found => found.some(Boolean))");

            context.setOffline(true);
            page.reload();

            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                    .hasText("Синхронізація і збережене на пристрої");
            assertThat(page.locator(".sync-status")).containsText("Пристрій без зʼєднання");
            assertThat(page.locator(".sync-empty")).isVisible();
        }
    }

    /** A phone without a service worker: this suite is about the outbox, and routes then see every request. */
    private BrowserContext context() {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(PHONE_WIDTH, 740)
                .setLocale("uk-UA").setServiceWorkers(ServiceWorkerPolicy.BLOCK));
        context.setDefaultTimeout(15_000);
        context.onResponse(response -> {
            if ("POST".equals(response.request().method()) && response.url().endsWith("/done")) {
                donePosts.add(response.status());
            }
            if (response.status() >= 400) {
                System.out.println("Browser got " + response.status() + " for " + response.request().method() + " " + response.url());
            }
        });
        return context;
    }

    private void openBoth(Page lesson, Page sync) {
        lesson.navigate(server.getURL() + "/signin");
        lesson.getByLabel("Електронна пошта").fill(learner);
        lesson.getByLabel("Пароль").fill(Api.PASSWORD);
        lesson.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Увійти")).click();
        lesson.waitForURL(server.getURL() + "/");
        sync.navigate(server.getURL() + "/sync");
        assertThat(sync.locator(".sync-empty")).isVisible();
    }

    private void markDoneOffline(BrowserContext context, Page lesson, Page sync) {
        lesson.navigate(server.getURL() + course.path("content_audio"));
        context.setOffline(true);
        lesson.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Позначити як виконаний")).click();
        assertThat(lesson.locator(".offline-queued")).containsText("Позначено як виконаний на цьому пристрої");
        assertThat(lesson.locator("form.mark-done button")).isHidden();
        screenshot(lesson, "lesson-done-offline");
        assertThat(sync.locator(".sync-item .sync-label")).hasText(LABEL);
        assertThat(sync.locator(".sync-item button")).hasCount(2);
        assertThat(sync.locator(".sync-item .sync-remove")).isHidden(); // only what the server refused can be removed
        assertThat(sync.locator(".sync-status")).containsText("Пристрій без зʼєднання");
        screenshot(sync, "sync-waiting");
    }

    private boolean audioDone() {
        return lessonDone("content_audio");
    }

    private boolean lessonDone(String type) {
        List<Map<String, Object>> mine = api.http().retrieve(Api.authorised(HttpRequest.GET("/api/me/enrollments"),
                api.login(learner, Api.PASSWORD)), Argument.listOf(Argument.mapOf(String.class, Object.class)));
        Map<String, Object> enrollment = mine.stream().filter(e -> course.id().toString().equals(e.get("courseId")))
                .findFirst().orElseThrow();
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> lessons = (List<Map<String, Object>>) enrollment.get("lessons");
        return lessons.stream().anyMatch(l -> course.lesson(type).toString().equals(l.get("lessonId"))
                && Boolean.TRUE.equals(l.get("done")));
    }
}
