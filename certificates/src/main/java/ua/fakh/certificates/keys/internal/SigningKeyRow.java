package ua.fakh.certificates.keys.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.UUID;

@MappedEntity("signing_keys")
record SigningKeyRow(@Id UUID id, @Nullable UUID providerId, String kid, String purpose, String encrypted,
                     String certificate, Instant createdAt, boolean active,
                     @Nullable Instant revokedAt) {
}
