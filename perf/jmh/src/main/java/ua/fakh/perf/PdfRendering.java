package ua.fakh.perf;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import ua.fakh.certificates.plugins.credential_pdf.PdfCredentialFormat;
import ua.fakh.certificates.signing.KeyAlgorithm;
import ua.fakh.certificates.spi.CertificateTemplate;

import java.time.Clock;

/**
 * The PDF credential: layout, fonts, QR code and the PAdES signature, as the outbox issues it; with the provider's
 * key RSA-3072 (the default) and EC P-256 (issue 18 asks which is faster, and both validate: PdfSignatureIT).
 */
@State(Scope.Benchmark)
public class PdfRendering {
    private PdfCredentialFormat pdf;
    private Certificates.Issuer issuer;
    private Certificates.Issuer ecIssuer;

    @Setup
    public void setUp() {
        pdf = new PdfCredentialFormat(Clock.systemUTC());
        issuer = Certificates.issuer(CertificateTemplate.standard());
        ecIssuer = Certificates.issuer(CertificateTemplate.standard(), KeyAlgorithm.EC_P256);
    }

    @Benchmark
    public byte[] renderAndSign() {
        return pdf.render(Certificates.snapshot(), issuer.context());
    }

    @Benchmark
    public byte[] renderAndSignEcP256() {
        return pdf.render(Certificates.snapshot(), ecIssuer.context());
    }
}
