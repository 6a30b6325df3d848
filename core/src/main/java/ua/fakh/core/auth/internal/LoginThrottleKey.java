package ua.fakh.core.auth.internal;

import io.micronaut.data.annotation.Embeddable;
import io.micronaut.data.annotation.MappedProperty;

/** Failures are counted per typed e-mail and client address: a lock never reaches other addresses. */
@Embeddable
record LoginThrottleKey(@MappedProperty("email") String email, @MappedProperty("client_address") String clientAddress) {
}
