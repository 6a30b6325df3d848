package ua.fakh.courses.spi;

import org.junit.jupiter.api.Test;
import ua.fakh.core.plugins.PluginContract;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What every meeting plugin must do; each {@code meeting_*} plugin has a test extending this one,
 * giving the plugin configured as a deployment would and saying how a join address names its person.
 */
public abstract class MeetingProviderContract extends PluginContract {
    protected static final String TRAINER_URL = "https://meet.example.org/abc-defg-hij";

    @Override
    protected abstract MeetingProvider plugin();

    @Override
    protected final String expectedType() {
        return "meeting";
    }

    /** The person a join address was made for, as the provider will see them; empty for providers that cannot say (a plain link). */
    protected abstract Optional<UUID> participantIn(String joinUrl);

    protected MeetingRequest request(UUID sessionId) {
        return new MeetingRequest(sessionId, "День перший: ведення випадку", Instant.parse("2026-12-15T08:00:00Z"), Duration.ofHours(3),
                "https://fakh.example/api/public/meetings/" + sessionId + "/report", plugin().takesTrainerUrl() ? TRAINER_URL : null);
    }

    @Test
    void isConfiguredAsTheTestSetItUp() {
        assertThat(plugin().isConfigured()).isTrue();
    }

    @Test
    void openingTwiceForOneSessionGivesTheSameRoomAndAnotherSessionAnother() {
        UUID session = UUID.randomUUID();
        MeetingRoom first = plugin().open(request(session));
        MeetingRoom again = plugin().open(request(session));
        MeetingRoom other = plugin().open(request(UUID.randomUUID()));

        assertThat(again).isEqualTo(first);
        assertThat(first.roomId()).isNotBlank();
        assertThat(other.roomId()).isNotEqualTo(first.roomId());
    }

    @Test
    void joinAddressIsAWebAddressAndCarriesTheParticipant() {
        MeetingRoom room = plugin().open(request(UUID.randomUUID()));
        MeetingParticipant learner = new MeetingParticipant(UUID.randomUUID(), "Марія Коваленко", false);
        MeetingParticipant trainer = new MeetingParticipant(UUID.randomUUID(), "Оксана Тренерка", true);

        String learnerUrl = plugin().joinUrl(room, learner);
        String trainerUrl = plugin().joinUrl(room, trainer);

        assertThat(learnerUrl).matches("https?://\\S+");
        assertThat(trainerUrl).matches("https?://\\S+");
        participantIn(learnerUrl).ifPresent(id -> assertThat(id).isEqualTo(learner.userId()));
        participantIn(trainerUrl).ifPresent(id -> assertThat(id).isEqualTo(trainer.userId()));
        if (participantIn(learnerUrl).isPresent()) {
            assertThat(learnerUrl).isNotEqualTo(trainerUrl);
        }
    }

    @Test
    void aCallbackOfGarbageIsRefusedOrIgnoredNeverRead() {
        MeetingRoom room = plugin().open(request(UUID.randomUUID()));
        MeetingCallback garbage = new MeetingCallback(room, "POST", Map.of("x", List.of("\u0000")), Map.of(),
                "application/json", "{not json".getBytes(StandardCharsets.UTF_8));
        Optional<MeetingReport> read;
        try {
            read = plugin().readCallback(garbage);
        } catch (MeetingRejectedException refused) {
            assertThat(refused.messageKey()).isNotBlank();
            return;
        }
        assertThat(read).isEmpty();
    }

    @Test
    void aRefusalNamesAKeyOfThePluginsBundle() {
        if (!plugin().takesTrainerUrl()) {
            return;
        }
        UUID session = UUID.randomUUID();
        MeetingRequest withoutUrl = new MeetingRequest(session, "Без адреси", Instant.now(), Duration.ofHours(1),
                "https://fakh.example/api/public/meetings/" + session + "/report", null);
        assertThatThrownBy(() -> plugin().open(withoutUrl)).isInstanceOf(MeetingRejectedException.class)
                .satisfies(e -> assertThat(((MeetingRejectedException) e).messageKey()).startsWith(plugin().descriptor().id() + "."));
    }
}
