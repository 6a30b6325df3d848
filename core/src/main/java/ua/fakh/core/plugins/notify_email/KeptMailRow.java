package ua.fakh.core.plugins.notify_email;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.UUID;

/** A message kept instead of sent; {@code id} is the queued message's id. */
@MappedEntity("notify_email_kept")
record KeptMailRow(@Id UUID id, @Nullable UUID recipientId, String address, String addressFolded, String subject,
                   String searchText, String bodyText, String bodyHtml, @Nullable String attachmentName,
                   @Nullable String attachmentType, @Nullable String attachmentContent, Instant keptAt) {
}
