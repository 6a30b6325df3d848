package ua.fakh.core.mail;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;
import java.util.UUID;

/**
 * A kept message whole: the headers it would have been sent with, its plain text, its HTML (show it
 * only in a sandbox: it is a document of its own) and its attachment, if any.
 */
@Serdeable
public record KeptMail(UUID id, @Nullable UUID recipientId, String from, String to, String subject, String messageId,
                       Instant keptAt, String text, String html, @Schema(type = "object") @Nullable Attachment attachment) {

    @Serdeable
    public record Attachment(String fileName, String contentType, String content) {
    }
}
