package ua.fakh.core.users.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import ua.fakh.core.users.PasswordLinkPurpose;

import java.time.Instant;
import java.util.UUID;

/** One set-password link: only the SHA-256 of its token is kept. */
@MappedEntity("password_tokens")
record PasswordTokenRow(@Id UUID id, UUID userId, PasswordLinkPurpose purpose, String tokenHash, Instant createdAt,
                        Instant expiresAt, @Nullable Instant usedAt) {
}
