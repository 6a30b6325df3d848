package ua.fakh.courses.plugins.meeting_link;

import org.junit.jupiter.api.Test;
import ua.fakh.courses.spi.MeetingParticipant;
import ua.fakh.courses.spi.MeetingProviderContract;

import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class LinkMeetingTest extends MeetingProviderContract {
    private final LinkMeeting plugin = new LinkMeeting();

    @Override
    protected LinkMeeting plugin() {
        return plugin;
    }

    @Override
    protected Optional<UUID> participantIn(String joinUrl) {
        return Optional.empty();
    }

    @Test
    void everyoneIsSentToTheTrainersAddress() {
        var room = plugin.open(request(UUID.randomUUID()));
        assertThat(plugin.joinUrl(room, new MeetingParticipant(UUID.randomUUID(), "Марія", false))).isEqualTo(TRAINER_URL);
        assertThat(plugin.joinUrl(room, new MeetingParticipant(UUID.randomUUID(), "Оксана", true))).isEqualTo(TRAINER_URL);
        assertThat(plugin.takesTrainerUrl()).isTrue();
    }
}
