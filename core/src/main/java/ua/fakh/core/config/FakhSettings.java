package ua.fakh.core.config;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

import java.nio.file.Path;

/**
 * Installation-wide settings: where files live ({@code FAKH_DATA_DIR}), the address printed into
 * QR codes and credentials ({@code FAKH_PUBLIC_URL}) and whether demo data is loaded ({@code FAKH_DEMO}).
 */
@ConfigurationProperties("fakh")
public record FakhSettings(
        @Bindable(defaultValue = "./fakh-data") Path dataDir,
        @Bindable(defaultValue = "http://localhost:8080") String publicUrl,
        @Bindable(defaultValue = "false") boolean demo) {
}
