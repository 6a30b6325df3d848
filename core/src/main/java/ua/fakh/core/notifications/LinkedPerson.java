package ua.fakh.core.notifications;

import java.util.Locale;
import java.util.UUID;

/** The person a messenger chat belongs to, with the language the bot answers them in. */
public record LinkedPerson(UUID userId, Locale locale) {
}
