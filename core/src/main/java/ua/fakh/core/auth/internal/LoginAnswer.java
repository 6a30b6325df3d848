package ua.fakh.core.auth.internal;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.serde.annotation.Serdeable;

import java.util.Collection;

/** {@code POST /login}'s answer: Micronaut Security's bearer token fields. */
@Serdeable
record LoginAnswer(
        String username,
        Collection<String> roles,
        @JsonProperty("expires_in") Integer expiresIn,
        @JsonProperty("access_token") String accessToken,
        @JsonProperty("refresh_token") String refreshToken,
        @JsonProperty("token_type") String tokenType) {
}
