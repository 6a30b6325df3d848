package ua.fakh.core.users;

import io.micronaut.serde.annotation.Serdeable;

import java.util.UUID;

/**
 * An administrator disabled the account (alone or in bulk): written to the outbox in the transaction
 * that disabled it, so other modules can let go of what the person held (a seat at an event). Delivered
 * at least once: listeners are idempotent.
 */
@Serdeable
public record UserDisabled(UUID userId) {
}
