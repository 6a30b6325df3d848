package ua.fakh.perf;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import ua.fakh.certificates.plugins.credential_ob3.OpenBadgeCredentialFormat;
import ua.fakh.certificates.spi.CertificateTemplate;

/** The Open Badges 3.0 credential as a signed VC-JWT (RS256 with the provider's key). */
@State(Scope.Benchmark)
public class CredentialSigning {
    private OpenBadgeCredentialFormat badge;
    private Certificates.Issuer issuer;

    @Setup
    public void setUp() {
        badge = new OpenBadgeCredentialFormat();
        issuer = Certificates.issuer(CertificateTemplate.standard());
    }

    @Benchmark
    public byte[] signCredential() {
        return badge.render(Certificates.snapshot(), issuer.context());
    }
}
