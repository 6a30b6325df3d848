package ua.fakh.perf;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import ua.fakh.certificates.plugins.credential_pdf.PdfCredentialFormat;
import ua.fakh.certificates.spi.CertificateTemplate;

import java.time.Clock;

/** The PDF credential: layout, fonts, QR code and the PAdES signature, as the outbox issues it. */
@State(Scope.Benchmark)
public class PdfRendering {
    private PdfCredentialFormat pdf;
    private Certificates.Issuer issuer;

    @Setup
    public void setUp() {
        pdf = new PdfCredentialFormat(Clock.systemUTC());
        issuer = Certificates.issuer(CertificateTemplate.standard());
    }

    @Benchmark
    public byte[] renderAndSign() {
        return pdf.render(Certificates.snapshot(), issuer.context());
    }
}
