package ua.fakh.certificates.issuing.internal;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import ua.fakh.certificates.issuing.CertificateDocuments;
import ua.fakh.certificates.issuing.CertificateFile;
import ua.fakh.certificates.keys.IssuerContexts;
import ua.fakh.core.errors.NotFoundException;
import ua.fakh.core.security.Caller;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.UUID;

/** The documents of one certificate for those who may see it: the stored signed PDF, the Open Badges VC-JWT. */
@Singleton
class CertificateFiles implements CertificateDocuments {
    private final CertificateRepository certificates;
    private final CertificateAccess access;
    private final CertificatePdfs pdfs;
    private final CredentialFormats formats;
    private final IssuerContexts issuers;

    CertificateFiles(CertificateRepository certificates, CertificateAccess access, CertificatePdfs pdfs,
                     CredentialFormats formats, IssuerContexts issuers) {
        this.certificates = certificates;
        this.access = access;
        this.pdfs = pdfs;
        this.formats = formats;
        this.issuers = issuers;
    }

    @Override
    @Transactional
    public CertificateFile pdf(UUID certificateId, Caller caller) {
        CertificateRow row = readable(certificateId, caller);
        try (InputStream in = pdfs.open(row)) {
            return new CertificateFile(row.serialNumber(), in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    @Transactional(readOnly = true)
    public CertificateFile credential(UUID certificateId, Caller caller) {
        CertificateRow row = readable(certificateId, caller);
        byte[] jwt = formats.require(CredentialFormats.VERIFIABLE_CREDENTIAL).render(pdfs.snapshot(row),
                issuers.forCertificate(row.providerId(), row.statusListIndex()));
        return new CertificateFile(row.serialNumber(), jwt);
    }

    private CertificateRow readable(UUID id, Caller caller) {
        CertificateRow row = certificates.findById(id).orElseThrow(() -> new NotFoundException("problem.certificate.notFound"));
        access.checkRead(row, caller);
        return row;
    }
}
