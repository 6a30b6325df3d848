package ua.fakh.core.users;

import io.micronaut.core.annotation.Introspected;

import java.util.UUID;

/** Who someone is on a list: name and address, without roles (which lists of trainers or learners do not show). */
@Introspected
public record PersonName(UUID id, String fullName, String email) {
}
