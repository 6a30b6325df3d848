package ua.fakh.web.meetings;

import io.micronaut.runtime.server.EmbeddedServer;
import ua.fakh.core.common.KyivTime;
import ua.fakh.core.testing.Api;
import ua.fakh.web.learn.BlendedWorld;
import ua.fakh.web.testing.Browser;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The blended course of {@link BlendedWorld} with one more session, online, that began five minutes
 * ago (or at midnight, if that was later) and lasts two hours, so its join button is showing; held with the meeting given.
 */
final class OnlineWorld {
    final BlendedWorld blended;
    final UUID online;

    @SuppressWarnings("unchecked")
    OnlineWorld(Api api, Map<String, Object> meeting) {
        blended = new BlendedWorld(api);
        // begun already (the join button shows), but today in Kyiv, so "Upcoming" lists it even just after midnight
        Instant now = Instant.now();
        Instant starts = now.minus(5, ChronoUnit.MINUTES);
        Instant today = KyivTime.startOf(KyivTime.day(now));
        Map<String, Object> body = new HashMap<>(Map.of("title", "Вебінар наживо", "startsAt",
                (starts.isBefore(today) ? today : starts).toString(), "hours", 2, "mode", "ONLINE"));
        body.putAll(meeting);
        List<Map<String, Object>> sessions = (List<Map<String, Object>>) BlendedWorld.check(
                api.post(blended.trainer, "/api/cohorts/" + blended.cohort + "/sessions", body)).get("sessions");
        online = sessions.stream().filter(s -> "ONLINE".equals(s.get("mode"))).map(Api::id).findFirst().orElseThrow();
    }

    /** What the join page answered a new cohort member (signed in on {@code browser}) and the trainer (in a browser of their own). */
    record Joins(String learnerEmail, Browser.Page learner, Browser.Page host) {
    }

    Joins joinAsMemberAndHost(Browser browser, EmbeddedServer server, String learnerName) {
        String learner = blended.learnerInCohort(learnerName, Instant.now().plus(10, ChronoUnit.DAYS));
        browser.signIn(learner, Api.PASSWORD);
        Browser.Page join = browser.get("/sessions/" + online + "/join");
        try (Browser host = new Browser(server)) {
            host.signIn(blended.trainerEmail, Api.PASSWORD);
            return new Joins(learner, join, host.get("/sessions/" + online + "/join"));
        }
    }
}
