package ua.fakh.certificates.plugins.credential_pdf;

import jakarta.inject.Singleton;
import ua.fakh.certificates.signing.PdfSignatureRequest;
import ua.fakh.certificates.signing.PdfSigner;
import ua.fakh.certificates.spi.CertificateSnapshot;
import ua.fakh.certificates.spi.CredentialException;
import ua.fakh.certificates.spi.CredentialFormat;
import ua.fakh.certificates.spi.IssuerContext;
import ua.fakh.core.plugins.PluginDescriptor;

import java.io.IOException;
import java.time.Clock;

/**
 * The certificate a learner prints and HR checks: an A4 PDF in Ukrainian (English under each label
 * when the course has an English title), with every fact the professional-development rules ask for,
 * a QR code to the verification page, DejaVu Sans embedded, and a PAdES signature with the provider's
 * key. Stateless and thread-safe; the signing time comes from the one clock.
 */
@Singleton
public class PdfCredentialFormat implements CredentialFormat {
    public static final String ID = "credential_pdf";

    private final Clock clock;

    public PdfCredentialFormat(Clock clock) {
        this.clock = clock;
    }

    @Override
    public PluginDescriptor descriptor() {
        return PluginDescriptor.of(ID, "1.0.0");
    }

    @Override
    public String mediaType() {
        return "application/pdf";
    }

    @Override
    public String fileExtension() {
        return "pdf";
    }

    @Override
    public byte[] render(CertificateSnapshot certificate, IssuerContext issuer) {
        byte[] unsigned;
        try {
            unsigned = CertificateDocument.render(certificate, issuer, this);
        } catch (IOException e) {
            throw new CredentialException("The PDF of certificate " + certificate.serialNumber() + " could not be made", e);
        }
        String reason = new CertificateLabels(this, false).uk("document") + " № " + certificate.serialNumber();
        return PdfSigner.sign(unsigned, issuer.signing(), new PdfSignatureRequest(clock.instant(), reason, null),
                issuer.evidence());
    }
}
