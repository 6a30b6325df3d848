package ua.fakh.courses.meetings;

import io.micronaut.serde.annotation.Serdeable;

/** A meeting plugin a trainer may choose for an online session: its id, its name in the reader's language, and whether it needs the meeting's address. */
@Serdeable
public record MeetingChoice(String id, String name, boolean takesTrainerUrl) {
}
