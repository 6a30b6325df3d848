package ua.fakh.core.plugins.storage_s3;

import org.gaul.s3proxy.AuthenticationType;
import org.gaul.s3proxy.S3Proxy;
import org.jclouds.ContextBuilder;
import org.jclouds.blobstore.BlobStoreContext;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

import java.net.URI;

/**
 * An S3 server inside the test JVM: s3proxy in front of jclouds' in-memory "transient" blob store,
 * on a free port, with signature checking on (so the credentials the plugin sends are verified).
 */
final class S3ProxyServer implements AutoCloseable {
    static final String ACCESS_KEY = "fakh-test-access";
    static final String SECRET_KEY = "fakh-test-secret";

    private final BlobStoreContext backend;
    private final S3Proxy proxy;
    private final URI endpoint;

    S3ProxyServer() throws Exception {
        backend = ContextBuilder.newBuilder("transient").credentials("identity", "credential")
                .build(BlobStoreContext.class);
        proxy = S3Proxy.builder()
                .blobStore(backend.getBlobStore())
                .endpoint(URI.create("http://127.0.0.1:0"))
                .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, ACCESS_KEY, SECRET_KEY)
                .build();
        proxy.start();
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (!"STARTED".equals(proxy.getState())) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("s3proxy did not start: " + proxy.getState());
            }
            Thread.sleep(10);
        }
        endpoint = URI.create("http://127.0.0.1:" + proxy.getPort());
    }

    URI endpoint() {
        return endpoint;
    }

    /** A plain SDK client, to look behind the plugin's back (create buckets, list leftovers). */
    S3Client client() {
        return S3Client.builder()
                .httpClientBuilder(UrlConnectionHttpClient.builder())
                .endpointOverride(endpoint)
                .region(Region.US_EAST_1)
                .forcePathStyle(true)
                // like the plugin's own client: s3proxy rejects the SDK's default checksum trailers
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(ACCESS_KEY, SECRET_KEY)))
                .build();
    }

    S3Settings settings(String bucket, int partSize) {
        return new S3Settings(endpoint, "us-east-1", bucket, ACCESS_KEY, SECRET_KEY, true, partSize);
    }

    @Override
    public void close() throws Exception {
        proxy.stop();
        backend.close();
    }
}
