package ua.fakh.web.calendar;

import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import ua.fakh.core.common.KyivTime;
import ua.fakh.core.notifications.MessengerApiDouble;
import ua.fakh.core.notifications.Notifications;
import ua.fakh.core.plugins.notify_telegram.TelegramDouble;
import ua.fakh.core.testing.Api;
import ua.fakh.core.testing.MovableClock;
import ua.fakh.courses.calendar.DateReminders;
import ua.fakh.web.testing.PageTest;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The issue's "done when": a learner who linked Telegram from the profile gets the reminder of
 * tomorrow's session there — once, however often the scan runs — besides the e-mail.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Property(name = "fakh.test.movable-clock", value = "true")
@Property(name = "fakh.notifications.send", value = "false")
@Property(name = "fakh.calendar.reminders.first", value = "1h")
class SessionReminderByTelegramIT extends PageTest implements TestPropertyProvider {
    private final TelegramDouble telegram = new TelegramDouble();

    @Inject
    MovableClock clock;
    @Inject
    DateReminders reminders;
    @Inject
    Notifications notifications;

    @Override
    public Map<String, String> getProperties() {
        return Map.of("fakh.plugins.notify_telegram.token", TelegramDouble.TOKEN,
                "fakh.plugins.notify_telegram.bot-name", "@" + TelegramDouble.BOT,
                "fakh.plugins.notify_telegram.api-url", telegram.url(),
                "fakh.public-url", "https://fakh.example/");
    }

    @AfterAll
    void stopDouble() {
        clock.reset();
        assertThat(telegram.violations).isEmpty();
        telegram.close();
    }

    @Test
    void aLearnerWhoLinkedTelegramGetsTomorrowsSessionThereOnce() {
        LocalDate sessionDay = KyivTime.day(Instant.now()).plusDays(10);
        Instant starts = sessionDay.atTime(LocalTime.of(10, 0)).atZone(KyivTime.ZONE).toInstant();
        CalendarWorld world = new CalendarWorld(api, starts, starts.plusSeconds(86_400), starts.plusSeconds(20 * 86_400));
        CalendarWorld.Learner learner = world.learner("Софія Телеграмна", null);
        String token = api.login(learner.email(), Api.PASSWORD);
        MessengerApiDouble.await("the webhook registered", () -> telegram.webhookSecret() != null);

        String url = (String) api.post(token, "/api/me/messengers/notify_telegram/link", Map.of()).body().get("url");
        long chat = System.nanoTime();
        Map<String, Object> start = TelegramDouble.privateMessage(System.nanoTime(), chat,
                "/start " + url.substring(url.indexOf("?start=") + "?start=".length()), "uk");
        assertThat(api.exchange(HttpRequest.POST("/api/hooks/telegram", start)
                .header("X-Telegram-Bot-Api-Secret-Token", telegram.webhookSecret())).code()).isEqualTo(200);

        clock.at(sessionDay.minusDays(1).atTime(LocalTime.of(9, 5)).atZone(KyivTime.ZONE).toInstant());
        reminders.scan();
        reminders.scan();
        notifications.deliverDue();
        notifications.deliverDue();

        List<String> texts = telegram.textsTo(Long.toString(chat));
        assertThat(texts.stream().filter(text -> text.contains(CalendarWorld.SESSION))).as(String.join("\n---\n", texts))
                .singleElement().asString().contains("Завтра").contains(KyivTime.dateTime(starts)).contains(CalendarWorld.PLACE);
    }
}
