package ua.fakh.certificates.issuing.internal;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import ua.fakh.core.common.Paging;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import java.util.zip.ZipOutputStream;

/** Writes HR's ZIP of signed PDFs page by page, each PDF copied from storage as it is read: nothing is held whole. */
@Singleton
class CertificateArchive {
    private static final int BATCH = 100;

    private final CertificateRepository certificates;
    private final CertificatePdfs pdfs;

    CertificateArchive(CertificateRepository certificates, CertificatePdfs pdfs) {
        this.certificates = certificates;
        this.pdfs = pdfs;
    }

    /** Runs in a transaction of its own: a PDF not rendered yet is rendered and kept on the way. */
    @Transactional
    public void write(CertificateSearch search, OutputStream out) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
            Set<String> names = new HashSet<>();
            int page = 0;
            int written = 0;
            long total;
            do {
                var batch = search.page(certificates, Paging.of(page++, BATCH));
                total = batch.getTotalSize();
                for (CertificateRow row : batch.getContent()) {
                    zip.putNextEntry(UnicodeZipEntries.named(uniqueName(names, row)));
                    try (InputStream pdf = pdfs.open(row)) {
                        pdf.transferTo(zip);
                    }
                    zip.closeEntry();
                    written++;
                }
                if (batch.getContent().isEmpty()) {
                    break;
                }
            } while (written < total && written < CertificateSearch.EXPORT_LIMIT);
        }
    }

    /** "14360570-2026-000012 Ґалина Їжакевич.pdf": what HR files it under; characters no file system accepts become "_". */
    private String uniqueName(Set<String> taken, CertificateRow row) {
        String base = (row.serialNumber() + " " + pdfs.snapshot(row).holderName())
                .replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_").strip();
        String name = base + ".pdf";
        for (int i = 2; !taken.add(name); i++) {
            name = base + " (" + i + ").pdf";
        }
        return name;
    }
}
