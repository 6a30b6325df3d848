package ua.fakh.certificates.signing;

import org.bouncycastle.asn1.ocsp.OCSPObjectIdentifiers;
import org.bouncycastle.asn1.x509.CRLReason;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.Extensions;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.cert.ocsp.BasicOCSPRespBuilder;
import org.bouncycastle.cert.ocsp.CertificateID;
import org.bouncycastle.cert.ocsp.CertificateStatus;
import org.bouncycastle.cert.ocsp.OCSPException;
import org.bouncycastle.cert.ocsp.OCSPReq;
import org.bouncycastle.cert.ocsp.OCSPResp;
import org.bouncycastle.cert.ocsp.OCSPRespBuilder;
import org.bouncycastle.cert.ocsp.Req;
import org.bouncycastle.cert.ocsp.RespID;
import org.bouncycastle.cert.ocsp.RevokedStatus;
import org.bouncycastle.cert.ocsp.UnknownStatus;
import org.bouncycastle.operator.DigestCalculatorProvider;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

import java.io.IOException;
import java.math.BigInteger;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.function.Function;

/**
 * An RFC 6960 OCSP responder for the installation CA, signed by the CA key itself (no delegated responder
 * certificate to manage). Answers good, revoked (with the time) or unknown for each certificate asked
 * about; a request that cannot be read gets the {@code malformedRequest} response, never an exception.
 */
final class OcspResponder {
    private OcspResponder() {
    }

    static byte[] respond(byte[] requestDer, PrivateKey caKey, X509Certificate ca,
                          Function<BigInteger, SerialStatus> status, Instant now) {
        try {
            OCSPReq request;
            try {
                request = new OCSPReq(requestDer);
            } catch (IOException | RuntimeException e) {
                return new OCSPRespBuilder().build(OCSPRespBuilder.MALFORMED_REQUEST, null).getEncoded();
            }
            X509CertificateHolder issuer = new JcaX509CertificateHolder(ca);
            DigestCalculatorProvider digests = new JcaDigestCalculatorProviderBuilder().build();
            BasicOCSPRespBuilder builder = new BasicOCSPRespBuilder(
                    new RespID(issuer.getSubjectPublicKeyInfo(), digests.get(CertificateID.HASH_SHA1)));
            Date thisUpdate = Date.from(now.truncatedTo(ChronoUnit.SECONDS));
            for (Req one : request.getRequestList()) {
                CertificateID id = one.getCertID();
                SerialStatus known = id.matchesIssuer(issuer, digests) ? status.apply(id.getSerialNumber())
                        : SerialStatus.UNKNOWN;
                CertificateStatus answer = !known.issued() ? new UnknownStatus()
                        : known.revokedAt() == null ? CertificateStatus.GOOD
                        : new RevokedStatus(Date.from(known.revokedAt().truncatedTo(ChronoUnit.SECONDS)), CRLReason.unspecified);
                builder.addResponse(id, answer, thisUpdate, Date.from(now.plus(java.time.Duration.ofDays(1))));
            }
            Extension nonce = request.getExtension(OCSPObjectIdentifiers.id_pkix_ocsp_nonce);
            if (nonce != null) {
                builder.setResponseExtensions(new Extensions(nonce));
            }
            var signer = new JcaContentSignerBuilder(KeyAlgorithm.of(caKey).signatureAlgorithm()).build(caKey);
            OCSPResp response = new OCSPRespBuilder().build(OCSPRespBuilder.SUCCESSFUL,
                    builder.build(signer, new X509CertificateHolder[]{issuer}, thisUpdate));
            return response.getEncoded();
        } catch (OCSPException | IOException | java.security.cert.CertificateEncodingException
                 | org.bouncycastle.operator.OperatorCreationException e) {
            throw new IllegalStateException("The OCSP response could not be made", e);
        }
    }
}
