package ua.fakh.courses.plugins.meeting_bigbluebutton;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;

import java.util.Locale;

/**
 * {@code fakh.plugins.meeting_bigbluebutton.*}: the server ({@code FAKH_BBB_URL}, what
 * {@code bbb-conf --secret} prints as URL, e.g. {@code https://bbb.example.org/bigbluebutton/}), its
 * shared secret ({@code FAKH_BBB_SECRET}) and the checksum's hash ({@code FAKH_BBB_CHECKSUM}: sha1, as
 * every BigBlueButton takes, or sha256/sha384/sha512 where the server's
 * {@code supportedChecksumAlgorithms} allows it). Without URL and secret the plugin is not offered.
 */
@ConfigurationProperties("fakh.plugins.meeting_bigbluebutton")
public record BigBlueButtonSettings(
        @Nullable String url,
        @Nullable String secret,
        @Bindable(defaultValue = "sha1") String checksumAlgorithm) {

    public BigBlueButtonSettings {
        url = url == null || url.isBlank() ? null : url.strip().replaceAll("/+$", "");
        secret = secret == null || secret.isBlank() ? null : secret.strip();
        checksumAlgorithm = checksumAlgorithm == null || checksumAlgorithm.isBlank() ? "sha1"
                : checksumAlgorithm.strip().toLowerCase(Locale.ROOT);
    }

    boolean isConfigured() {
        return url != null && secret != null;
    }

    /** Keeps the secret out of logs. */
    @Override
    public String toString() {
        return "BigBlueButtonSettings[url=" + url + ", secret=" + (secret == null ? "" : "***")
                + ", checksumAlgorithm=" + checksumAlgorithm + "]";
    }
}
