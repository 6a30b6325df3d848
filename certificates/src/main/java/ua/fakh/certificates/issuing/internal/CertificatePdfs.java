package ua.fakh.certificates.issuing.internal;

import io.micronaut.context.BeanProvider;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import ua.fakh.certificates.keys.IssuerContexts;
import ua.fakh.certificates.spi.CertificateSnapshot;
import ua.fakh.certificates.spi.IssuerContext;
import ua.fakh.core.storage.Blobs;
import ua.fakh.core.storage.StoredBlob;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The signed PDF of a certificate, rendered once and kept: its SHA-256 is what "is this exactly the
 * PDF we issued?" compares against. Rendered at issue; should that fail, at the first download.
 */
@Singleton
class CertificatePdfs {
    private final CredentialFormats formats;
    private final BeanProvider<IssuerContexts> issuers;
    private final CertificateRepository certificates;
    private final Blobs blobs;
    private final JsonMapper json;
    private final ProviderSettings settings;

    CertificatePdfs(CredentialFormats formats, BeanProvider<IssuerContexts> issuers, CertificateRepository certificates, Blobs blobs,
                    JsonMapper json, ProviderSettings settings) {
        this.settings = settings;
        this.formats = formats;
        this.issuers = issuers;
        this.certificates = certificates;
        this.blobs = blobs;
        this.json = json;
    }

    /** Whether PDFs can be made here (the {@code credential_pdf} plugin is enabled). */
    boolean available() {
        return formats.has(CredentialFormats.PDF);
    }

    /** Renders, signs and stores the PDF; must run in a transaction. Returns the updated row. */
    CertificateRow renderAndStore(CertificateRow row) {
        IssuerContext issuer = issuers.get().forCertificate(row.providerId(), row.statusListIndex());
        byte[] pdf = formats.require(CredentialFormats.PDF).render(snapshot(row), new IssuerContext(issuer.publicUrl(),
                issuer.providerKey(), issuer.signing(), issuer.statusListUrl(), issuer.statusListIndex(),
                settings.template(row.providerId())));
        String key = "certificates/" + row.id() + ".pdf";
        try {
            StoredBlob stored = blobs.store().write(key, new ByteArrayInputStream(pdf), pdf.length);
            return certificates.update(row.withPdf(key, stored.sha256()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The stored PDF, rendering it first if it is not there yet. Must run in a transaction. */
    InputStream open(CertificateRow row) {
        CertificateRow current = row.pdfBlobKey() != null ? row
                : renderAndStore(certificates.findByIdForUpdate(row.id()).orElseThrow());
        try {
            return blobs.store().read(current.pdfBlobKey(), 0, -1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    CertificateSnapshot snapshot(CertificateRow row) {
        try {
            return json.readValue(row.snapshot(), CertificateSnapshot.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
