package ua.fakh.certificates.keys.internal;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

/**
 * {@code FAKH_TSA_URL} (+ {@code FAKH_TSA_USERNAME}, {@code FAKH_TSA_PASSWORD}): an external RFC 3161 TSA,
 * e.g. a qualified one, for the signature timestamps; unset means the installation's own TSA.
 */
@Singleton
class TsaSettings {
    private final String url;
    private final String username;
    private final String password;

    TsaSettings(@Nullable @Value("${fakh.tsa-url:}") String url, @Nullable @Value("${fakh.tsa-username:}") String username,
                @Nullable @Value("${fakh.tsa-password:}") String password) {
        this.url = blankToNull(url);
        this.username = blankToNull(username);
        this.password = blankToNull(password);
    }

    @Nullable
    String url() {
        return url;
    }

    @Nullable
    String username() {
        return username;
    }

    @Nullable
    String password() {
        return password;
    }

    @Nullable
    private static String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
