package ua.fakh.certificates.signing;

import org.bouncycastle.asn1.x509.CRLNumber;
import org.bouncycastle.asn1.x509.CRLReason;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.cert.X509v2CRLBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CRLConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v2CRLBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

import java.math.BigInteger;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.Map;

/**
 * An X.509 v2 CRL (RFC 5280) of the installation CA: every revoked serial with its revocation date
 * (reason keyCompromise is not claimed: the operator says only that the key must no longer be trusted),
 * thisUpdate now, nextUpdate after {@code validity}, CRL number from the time so it only grows.
 */
final class RevocationList {
    private RevocationList() {
    }

    static byte[] sign(PrivateKey caKey, X509Certificate ca, Map<BigInteger, Instant> revoked, Instant now,
                       Duration validity) {
        try {
            Instant thisUpdate = now.truncatedTo(ChronoUnit.SECONDS);
            X509v2CRLBuilder builder = new JcaX509v2CRLBuilder(ca, Date.from(thisUpdate))
                    .setNextUpdate(Date.from(thisUpdate.plus(validity)))
                    .addExtension(Extension.authorityKeyIdentifier, false,
                            new JcaX509ExtensionUtils().createAuthorityKeyIdentifier(ca))
                    .addExtension(Extension.cRLNumber, false, new CRLNumber(BigInteger.valueOf(now.toEpochMilli())));
            revoked.forEach((serial, at) ->
                    builder.addCRLEntry(serial, Date.from(at.truncatedTo(ChronoUnit.SECONDS)), CRLReason.unspecified));
            var signer = new JcaContentSignerBuilder(KeyAlgorithm.of(caKey).signatureAlgorithm()).build(caKey);
            return new JcaX509CRLConverter().getCRL(builder.build(signer)).getEncoded();
        } catch (Exception e) {
            throw new IllegalStateException("The revocation list could not be signed", e);
        }
    }
}
