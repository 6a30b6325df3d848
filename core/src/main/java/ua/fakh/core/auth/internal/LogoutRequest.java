package ua.fakh.core.auth.internal;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

@Serdeable
record LogoutRequest(@Nullable @JsonProperty("refresh_token") String refreshToken) {
}
