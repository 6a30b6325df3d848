package ua.fakh.courses.plugins.meeting_bigbluebutton;

import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import ua.fakh.courses.spi.MeetingCallback;
import ua.fakh.courses.spi.MeetingRejectedException;
import ua.fakh.courses.spi.MeetingReport;

import java.io.IOException;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;

/**
 * The two calls BigBlueButton makes to the room's callback address. The meeting's end callback
 * ({@code GET ?meetingID=…&recordingmarks=…}) only says that the meeting ended: it carries no
 * attendance and, on most server versions, no signature, so it records nothing (nobody can forge a
 * report through it). The Learning Dashboard's analytics callback ({@code POST}, JSON, signed with a
 * bearer JWT) follows once the server has processed the meeting's events: that one is the report.
 */
@Singleton
class BigBlueButtonCallbacks {
    private final BigBlueButtonSettings settings;
    private final JsonMapper json;
    private final Clock clock;

    BigBlueButtonCallbacks(BigBlueButtonSettings settings, JsonMapper json, Clock clock) {
        this.settings = settings;
        this.json = json;
        this.clock = clock;
    }

    Optional<MeetingReport> read(MeetingCallback callback) {
        if (!"POST".equalsIgnoreCase(callback.method())) {
            return Optional.empty();
        }
        if (settings.secret() == null) {
            throw new MeetingRejectedException(BigBlueButtonBearer.UNSIGNED);
        }
        BigBlueButtonBearer.verify(header(callback, "Authorization"), settings.secret(), clock.instant());
        Map<String, Object> payload;
        try {
            payload = json.readValue(callback.body(), Argument.mapOf(String.class, Object.class));
        } catch (IOException | RuntimeException notJson) {
            throw new MeetingRejectedException(BigBlueButtonAnalytics.MALFORMED);
        }
        if (payload == null) {
            throw new MeetingRejectedException(BigBlueButtonAnalytics.MALFORMED);
        }
        return Optional.of(BigBlueButtonAnalytics.report(payload, callback.room().roomId()));
    }

    private static String header(MeetingCallback callback, String name) {
        return callback.headers().entrySet().stream().filter(h -> h.getKey().equalsIgnoreCase(name))
                .map(Map.Entry::getValue).findFirst().orElse(null);
    }
}
