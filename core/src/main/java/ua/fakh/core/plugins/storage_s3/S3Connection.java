package ua.fakh.core.plugins.storage_s3;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;

/**
 * The S3 client, built on first use: the plugin bean exists on every installation (it is listed by
 * {@code GET /api/plugins}) but only one that stores files in S3 needs a client and its settings.
 */
final class S3Connection implements AutoCloseable {
    private final S3Settings settings;
    private volatile S3Client client;

    S3Connection(S3Settings settings) {
        this.settings = settings;
    }

    S3Settings settings() {
        return settings;
    }

    String bucket() {
        return settings.bucket();
    }

    /** @throws IllegalStateException when the settings are incomplete, saying which one is missing */
    void check() {
        String problem = settings.problem();
        if (!problem.isEmpty()) {
            throw new IllegalStateException(problem);
        }
    }

    S3Client client() {
        S3Client current = client;
        if (current == null) {
            synchronized (this) {
                current = client;
                if (current == null) {
                    check();
                    current = build();
                    client = current;
                }
            }
        }
        return current;
    }

    private S3Client build() {
        S3ClientBuilder builder = S3Client.builder()
                .httpClientBuilder(UrlConnectionHttpClient.builder())
                .region(Region.of(settings.region()))
                .credentialsProvider(credentials())
                .forcePathStyle(settings.pathStyleAccess())
                // Newer SDKs add CRC trailers to every upload by default, which many S3-compatible
                // stores reject; integrity is covered by our own SHA-256 and the signed payload.
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED);
        if (settings.endpoint() != null) {
            builder.endpointOverride(settings.endpoint());
        }
        return builder.build();
    }

    private AwsCredentialsProvider credentials() {
        if (settings.accessKey() == null) {
            return DefaultCredentialsProvider.builder().build();
        }
        return StaticCredentialsProvider.create(AwsBasicCredentials.create(settings.accessKey(), settings.secretKey()));
    }

    @Override
    public synchronized void close() {
        if (client != null) {
            client.close();
            client = null;
        }
    }
}
