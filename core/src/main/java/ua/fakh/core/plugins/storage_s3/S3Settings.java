package ua.fakh.core.plugins.storage_s3;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;
import io.micronaut.core.convert.format.ReadableBytes;

import java.net.URI;

/**
 * {@code fakh.plugins.storage_s3.*}: where the S3-compatible store is. Only {@code bucket} is required;
 * without {@code endpoint} the AWS endpoint of {@code region} is used, without keys the AWS default
 * credential chain (environment, instance profile). {@code part-size} is both the multipart part size
 * and the memory one upload holds at a time; AWS requires at least 5 MB.
 *
 * <p>The credentials need, on the bucket: GetObject, PutObject, DeleteObject, the multipart actions
 * (AbortMultipartUpload among them) and ListBucket, without which S3 answers a missing object with
 * 403 instead of 404.
 */
@ConfigurationProperties("fakh.plugins.storage_s3")
public record S3Settings(
        @Nullable URI endpoint,
        @Nullable String region,
        @Nullable String bucket,
        @Nullable String accessKey,
        @Nullable String secretKey,
        @Bindable(defaultValue = "true") boolean pathStyleAccess,
        @Bindable(defaultValue = "8MB") @ReadableBytes int partSize) {

    static final String DEFAULT_REGION = "us-east-1";

    public S3Settings {
        region = region == null || region.isBlank() ? DEFAULT_REGION : region;
    }

    /** What a start-up check or the first use reports when the store cannot work; empty when fine. */
    String problem() {
        if (bucket == null || bucket.isBlank()) {
            return "storage_s3 is not configured: set fakh.plugins.storage_s3.bucket (FAKH_PLUGINS_STORAGE_S3_BUCKET)"
                    + " and, for a store other than AWS, endpoint, access-key and secret-key";
        }
        if ((accessKey == null) != (secretKey == null)) {
            return "storage_s3: set both fakh.plugins.storage_s3.access-key and secret-key, or neither";
        }
        if (partSize < 1) {
            return "storage_s3: fakh.plugins.storage_s3.part-size must be positive, was " + partSize;
        }
        return "";
    }

    /** Keeps the secret key out of logs and error messages. */
    @Override
    public String toString() {
        return "S3Settings[endpoint=" + endpoint + ", region=" + region + ", bucket=" + bucket
                + ", accessKey=" + accessKey + ", secretKey=" + (secretKey == null ? null : "***")
                + ", pathStyleAccess=" + pathStyleAccess + ", partSize=" + partSize + "]";
    }
}
