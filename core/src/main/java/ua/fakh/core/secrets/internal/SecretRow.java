package ua.fakh.core.secrets.internal;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

@MappedEntity("installation_secrets")
record SecretRow(@Id String name, String secret, Instant createdAt) {
}
