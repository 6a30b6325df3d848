package ua.fakh.courses.content.internal;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import io.micronaut.core.convert.format.ReadableBytes;

/** How large a course package may be, packed and unpacked, and how many entries it may hold. */
@ConfigurationProperties("fakh.packages")
record PackageLimits(@Bindable(defaultValue = "1GB") @ReadableBytes long maxPackedBytes,
                     @Bindable(defaultValue = "2GB") @ReadableBytes long maxUnpackedBytes,
                     @Bindable(defaultValue = "5000") int maxEntries,
                     @Bindable(defaultValue = "10MB") @ReadableBytes long maxManifestBytes) {
}
