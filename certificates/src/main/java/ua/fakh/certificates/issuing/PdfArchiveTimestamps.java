package ua.fakh.certificates.issuing;

/**
 * The scheduled job that keeps issued certificate PDFs verifiable for decades: once a day, once per
 * cluster, every stored PDF whose newest signature or timestamp certificates end within
 * {@code FAKH_LTA_EXTEND_BEFORE} is extended to PAdES-BASELINE-LTA (a new document timestamp); each
 * extension is logged in {@code pdf_archive_timestamps}, and the hashes of earlier versions still count as
 * "the issued PDF" in the public check.
 */
public interface PdfArchiveTimestamps {

    /** Runs today's extension unless another node or call already did; returns how many PDFs were extended. */
    int extendDue();
}
