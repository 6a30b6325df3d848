package ua.fakh.certificates.signing;

import eu.europa.esig.dss.enumerations.DigestAlgorithm;
import eu.europa.esig.dss.model.DSSException;
import eu.europa.esig.dss.model.TimestampBinary;
import eu.europa.esig.dss.spi.x509.tsp.TSPSource;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoGeneratorBuilder;
import org.bouncycastle.tsp.TSPException;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampRequestGenerator;
import org.bouncycastle.tsp.TimeStampResponse;
import org.bouncycastle.tsp.TimeStampResponseGenerator;
import org.bouncycastle.tsp.TimeStampToken;
import org.bouncycastle.tsp.TimeStampTokenGenerator;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import ua.fakh.certificates.spi.SigningIdentity;

import java.io.IOException;
import java.math.BigInteger;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Date;
import java.util.Set;

/**
 * The installation's own RFC 3161 timestamping authority (Bouncy Castle TSP), with its own key and
 * certificate from {@link CertificateAuthority#issueTimestampingIdentity}. Used when no external TSA
 * ({@code FAKH_TSA_URL}) is configured; answers DSS directly and {@code POST /pki/tsa} over HTTP.
 * Thread-safe: a new generator per token.
 */
public final class InstallationTsa implements TSPSource {
    /** ETSI EN 319 421 best-practices policy for time-stamps: what the token claims to follow. */
    static final ASN1ObjectIdentifier POLICY = new ASN1ObjectIdentifier("0.4.0.2023.1.1");
    private static final long serialVersionUID = 1L;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final transient SigningIdentity identity;
    private final transient Clock clock;

    public InstallationTsa(SigningIdentity identity, Clock clock) {
        this.identity = identity;
        this.clock = clock;
    }

    @Override
    public TimestampBinary getTimeStampResponse(DigestAlgorithm digestAlgorithm, byte[] digest) throws DSSException {
        TimeStampRequestGenerator requests = new TimeStampRequestGenerator();
        requests.setCertReq(true);
        TimeStampRequest request = requests.generate(new ASN1ObjectIdentifier(digestAlgorithm.getOid()), digest,
                new BigInteger(64, RANDOM));
        try {
            TimeStampResponse response = new TimeStampResponse(respond(request.getEncoded()));
            response.validate(request);
            TimeStampToken token = response.getTimeStampToken();
            if (token == null) {
                throw new DSSException("The installation TSA refused: " + response.getStatusString());
            }
            return new TimestampBinary(token.getEncoded());
        } catch (IOException | TSPException e) {
            throw new DSSException("The installation TSA could not timestamp", e);
        }
    }

    /**
     * An RFC 3161 TimeStampResp (DER) to a TimeStampReq (DER); a bad request gets a rejection response.
     *
     * @throws IOException only when the request is not even a TimeStampReq
     */
    public byte[] respond(byte[] timeStampRequest) throws IOException {
        TimeStampRequest request = new TimeStampRequest(timeStampRequest);
        try {
            var signer = new JcaSimpleSignerInfoGeneratorBuilder()
                    .build(KeyAlgorithm.of(identity.privateKey()).signatureAlgorithm(), identity.privateKey(),
                            identity.certificate());
            TimeStampTokenGenerator tokens = new TimeStampTokenGenerator(signer,
                    new JcaDigestCalculatorProviderBuilder().build().get(
                            new org.bouncycastle.asn1.x509.AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256)), POLICY);
            tokens.addCertificates(new JcaCertStore(identity.chain()));
            TimeStampResponseGenerator responses = new TimeStampResponseGenerator(tokens, Set.of(
                    NISTObjectIdentifiers.id_sha256, NISTObjectIdentifiers.id_sha384, NISTObjectIdentifiers.id_sha512));
            return responses.generate(request, new BigInteger(127, RANDOM), Date.from(clock.instant())).getEncoded();
        } catch (TSPException e) {
            throw new IOException("The timestamp request was refused: " + e.getMessage(), e);
        } catch (Exception e) {
            throw new IllegalStateException("The installation TSA cannot sign", e);
        }
    }

    public SigningIdentity identity() {
        return identity;
    }
}
