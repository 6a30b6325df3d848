package ua.fakh.courses.content;

import io.micronaut.serde.annotation.Serdeable;

import java.util.UUID;

@Serdeable
public record Trainer(UUID id, String fullName) {
}
