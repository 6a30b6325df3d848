package ua.fakh.certificates.issuing.internal;

import io.micronaut.context.BeanProvider;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import ua.fakh.certificates.issuing.CertificateFile;
import ua.fakh.certificates.keys.IssuerContexts;
import ua.fakh.certificates.spi.CertificateSnapshot;
import ua.fakh.certificates.spi.CredentialAttachment;
import ua.fakh.certificates.spi.IssuerContext;
import ua.fakh.core.events.Outbox;
import ua.fakh.core.storage.Blobs;
import ua.fakh.core.storage.StoredBlob;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The signed PDF of a certificate, rendered once and kept: its SHA-256 is what "is this exactly the
 * PDF we issued?" compares against. Rendered just after issue (see {@link CertificatePdfDue}), or at the
 * first download if that comes first.
 */
@Singleton
class CertificatePdfs {
    private final CredentialFormats formats;
    private final BeanProvider<IssuerContexts> issuers;
    private final CertificateRepository certificates;
    private final Blobs blobs;
    private final JsonMapper json;
    private final ProviderSettings settings;
    // a provider: the outbox's listeners include the one that calls back into this class
    private final BeanProvider<Outbox> outbox;

    CertificatePdfs(CredentialFormats formats, BeanProvider<IssuerContexts> issuers, CertificateRepository certificates, Blobs blobs,
                    JsonMapper json, ProviderSettings settings, BeanProvider<Outbox> outbox) {
        this.settings = settings;
        this.outbox = outbox;
        this.formats = formats;
        this.issuers = issuers;
        this.certificates = certificates;
        this.blobs = blobs;
        this.json = json;
    }

    /** Whether PDFs can be made here (a credential format that makes them is enabled). */
    boolean available() {
        return formats.has(CredentialFormats.PDF);
    }

    /** Asks for the PDF of a just-issued certificate, made after this transaction commits; must run in one. */
    void requestFor(CertificateRow row) {
        if (available()) {
            outbox.get().publish(new CertificatePdfDue(row.id()));
        }
    }

    /** Renders, signs and stores the PDF; must run in a transaction. Returns the updated row. */
    private CertificateRow renderAndStore(CertificateRow row) {
        IssuerContext issuer = issuers.get().forCertificate(row.providerId(), row.statusListIndex());
        CertificateSnapshot snapshot = snapshot(row);
        byte[] pdf = formats.require(CredentialFormats.PDF).render(snapshot,
                issuer.with(settings.template(row.providerId()), openBadge(snapshot, issuer)));
        String key = "certificates/" + row.id() + ".pdf";
        try {
            StoredBlob stored = blobs.store().write(key, new ByteArrayInputStream(pdf), pdf.length);
            return certificates.update(row.withPdf(key, stored.sha256()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The Open Badges credential, to travel inside the PDF (one file holds both); none when that format is off. */
    private List<CredentialAttachment> openBadge(CertificateSnapshot snapshot, IssuerContext issuer) {
        if (!formats.has(CredentialFormats.VERIFIABLE_CREDENTIAL)) {
            return List.of();
        }
        byte[] jwt = formats.require(CredentialFormats.VERIFIABLE_CREDENTIAL).render(snapshot, issuer);
        return List.of(new CredentialAttachment(new CertificateFile(snapshot.serialNumber(), jwt).openBadgeFileName(),
                CredentialFormats.VERIFIABLE_CREDENTIAL, jwt));
    }

    /** The stored PDF, rendering it first if it is not there yet. Must run in a transaction. */
    InputStream open(CertificateRow row) {
        CertificateRow current = withPdf(row);
        try {
            return blobs.store().read(current.pdfBlobKey(), 0, -1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The row with its PDF, rendering it under the row's lock unless whoever held the lock before
     * made it already (two renderings would differ in their signing time, and the first one handed
     * out would no longer match). Must run in a transaction.
     */
    CertificateRow withPdf(CertificateRow row) {
        if (row.pdfBlobKey() != null) {
            return row;
        }
        CertificateRow locked = certificates.findByIdForUpdate(row.id()).orElseThrow();
        return locked.pdfBlobKey() != null ? locked : renderAndStore(locked);
    }

    CertificateSnapshot snapshot(CertificateRow row) {
        return snapshot(row.snapshot());
    }

    CertificateSnapshot snapshot(String stored) {
        try {
            return json.readValue(stored, CertificateSnapshot.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
