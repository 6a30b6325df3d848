package ua.fakh.certificates.signing;

import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.IssuerSerial;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSAttributeTableGenerator;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import ua.fakh.certificates.spi.SigningIdentity;

import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.util.Map;

/**
 * The CMS SignedData of a PAdES baseline signature (ETSI EN 319 142-1, B-B level): detached, SHA-256,
 * signed attributes content-type, message-digest, CMS algorithm protection and ESS
 * signing-certificate-v2, the whole certificate chain included. No CMS signing-time: PAdES forbids it,
 * the time goes into the signature dictionary's {@code /M}.
 */
final class PadesCms {
    private PadesCms() {
    }

    static byte[] sign(byte[] signedBytes, SigningIdentity identity) throws IOException {
        X509Certificate signer = identity.certificate();
        try {
            var contentSigner = new JcaContentSignerBuilder(KeyAlgorithm.of(identity.privateKey()).signatureAlgorithm())
                    .build(identity.privateKey());
            var signerInfo = new JcaSignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder().build())
                    .setSignedAttributeGenerator(signedAttributes(signer))
                    .build(contentSigner, signer);
            CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
            generator.addSignerInfoGenerator(signerInfo);
            generator.addCertificates(new JcaCertStore(identity.chain()));
            return generator.generate(new CMSProcessableByteArray(signedBytes), false).getEncoded(ASN1Encoding.DER);
        } catch (GeneralSecurityException | OperatorCreationException | CMSException e) {
            throw new IOException("The PDF could not be signed with key " + identity.keyId(), e);
        }
    }

    /** The ESS signing-certificate-v2 attribute value naming {@code certificate} by its SHA-256 hash. */
    static SigningCertificateV2 signingCertificate(X509Certificate certificate) throws GeneralSecurityException {
        byte[] hash = MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded());
        IssuerSerial issuerSerial = new IssuerSerial(new GeneralNames(new GeneralName(
                X500Name.getInstance(certificate.getIssuerX500Principal().getEncoded()))), certificate.getSerialNumber());
        return new SigningCertificateV2(new ESSCertIDv2(hash, issuerSerial));
    }

    private static CMSAttributeTableGenerator signedAttributes(X509Certificate signer) throws GeneralSecurityException {
        Attribute signingCertificate = new Attribute(PKCSObjectIdentifiers.id_aa_signingCertificateV2,
                new DERSet(signingCertificate(signer)));
        DefaultSignedAttributeTableGenerator defaults =
                new DefaultSignedAttributeTableGenerator(new AttributeTable(signingCertificate));
        return (Map parameters) -> defaults.getAttributes(parameters).remove(CMSAttributes.signingTime);
    }
}
