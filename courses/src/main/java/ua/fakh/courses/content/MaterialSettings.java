package ua.fakh.courses.content;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import io.micronaut.core.convert.format.ReadableBytes;

/** Upload limits ({@code fakh.materials.*}): video and audio may be large, documents less so. */
@ConfigurationProperties("fakh.materials")
public record MaterialSettings(
        @Bindable(defaultValue = "500MB") @ReadableBytes long maxMediaBytes,
        @Bindable(defaultValue = "50MB") @ReadableBytes long maxDocumentBytes) {
}
