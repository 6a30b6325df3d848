package ua.fakh.courses.plugins.meeting_jitsi;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;

import java.time.Duration;

/**
 * {@code fakh.plugins.meeting_jitsi.*}: the self-hosted Jitsi Meet's address ({@code FAKH_JITSI_URL}),
 * the application id and shared secret its token authentication was set up with ({@code FAKH_JITSI_APP_ID},
 * {@code FAKH_JITSI_SECRET}; Prosody's {@code app_id}/{@code app_secret}), and how long a signed join
 * link stays usable. Without all three the plugin is not offered.
 */
@ConfigurationProperties("fakh.plugins.meeting_jitsi")
public record JitsiSettings(@Nullable String url, @Nullable String appId, @Nullable String secret,
                            @Bindable(defaultValue = "4h") Duration tokenLifetime) {

    public JitsiSettings {
        url = url == null ? null : url.strip().replaceAll("/+$", "");
        tokenLifetime = tokenLifetime == null || tokenLifetime.isNegative() || tokenLifetime.isZero() ? Duration.ofHours(4) : tokenLifetime;
    }

    boolean isConfigured() {
        return url != null && !url.isBlank() && appId != null && !appId.isBlank() && secret != null && !secret.isBlank();
    }

    /** Keeps the secret out of logs. */
    @Override
    public String toString() {
        return "JitsiSettings[url=" + url + ", appId=" + appId + ", secret=" + (secret == null || secret.isBlank() ? "" : "***")
                + ", tokenLifetime=" + tokenLifetime + "]";
    }
}
