package ua.fakh.courses.spi;

import java.util.UUID;

/** Who is joining: the provider puts {@code userId} in the join so its report can be matched to people. */
public record MeetingParticipant(UUID userId, String displayName, boolean moderator) {
}
