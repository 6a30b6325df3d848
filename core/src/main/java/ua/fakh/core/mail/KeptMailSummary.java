package ua.fakh.core.mail;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.UUID;

/** One line of the kept mail's list. {@code attachmentName} is null when the message has no attachment. */
@Serdeable
public record KeptMailSummary(UUID id, @Nullable UUID recipientId, String to, String subject, Instant keptAt,
                              @Nullable String attachmentName) {
}
