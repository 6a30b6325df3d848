package ua.fakh.certificates.plugins.credential_ob3;

import jakarta.inject.Singleton;
import ua.fakh.certificates.signing.VcJwt;
import ua.fakh.certificates.spi.CertificateSnapshot;
import ua.fakh.certificates.spi.CredentialFormat;
import ua.fakh.certificates.spi.IssuerContext;
import ua.fakh.core.plugins.PluginDescriptor;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The certificate as an Open Badges 3.0 {@code OpenBadgeCredential} for digital wallets, secured as a
 * VC-JWT (see {@link VcJwt}: the JWT payload is the credential itself plus {@code iss}, {@code sub},
 * {@code jti}, {@code nbf}, {@code exp}), with a {@code BitstringStatusListEntry} for revocation. The
 * output is the compact JWS in ASCII. Stateless and thread-safe; with an RSA key the same snapshot gives the same bytes.
 */
@Singleton
public class OpenBadgeCredentialFormat implements CredentialFormat {
    public static final String ID = "credential_ob3";

    @Override
    public PluginDescriptor descriptor() {
        return PluginDescriptor.of(ID, "1.0.0");
    }

    @Override
    public String mediaType() {
        return VcJwt.MEDIA_TYPE;
    }

    @Override
    public String fileExtension() {
        return "jwt";
    }

    @Override
    public byte[] render(CertificateSnapshot certificate, IssuerContext issuer) {
        return VcJwt.sign(credential(certificate, issuer), issuer.signing()).getBytes(StandardCharsets.US_ASCII);
    }

    /** The unsigned credential {@link #render} signs, as ordered JSON-ready maps and lists. */
    public Map<String, Object> credential(CertificateSnapshot certificate, IssuerContext issuer) {
        return new OpenBadgeDocument(certificate, issuer, new BadgeTexts(this)).credential();
    }
}
