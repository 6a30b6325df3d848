package ua.fakh.core.notifications;

import java.util.Locale;
import java.util.UUID;

/** Who a message goes to, as a channel needs it. */
public record Recipient(UUID userId, String email, String fullName, Locale locale) {
}
