package ua.fakh.certificates.issuing.internal;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Stored PDFs to look at, and the log of their re-timestamps. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface ArchiveTimestampRepository extends GenericRepository<CertificateRow, UUID> {

    /** Certificates with a stored PDF, by id after {@code after}: the job walks them in pages. */
    @Query("SELECT c.* FROM certificates c WHERE c.pdf_blob_key IS NOT NULL AND c.id > :after ORDER BY c.id LIMIT :limit")
    List<CertificateRow> withPdfAfter(UUID after, int limit);

    /** Once per version of a file: a second extension of the same bytes inserts nothing. */
    @Query("""
            INSERT INTO pdf_archive_timestamps (id, certificate_id, previous_sha256, new_sha256, proof_expired, extended_at)
            VALUES (:id, :certificateId, :previousSha256, :newSha256, :proofExpired, :extendedAt) ON CONFLICT DO NOTHING""")
    long log(UUID id, UUID certificateId, String previousSha256, String newSha256, Instant proofExpired, Instant extendedAt);

    /** An earlier version of this certificate's PDF had these bytes (HR may hold a copy from before a re-timestamp). */
    @Query("SELECT COUNT(*) > 0 FROM pdf_archive_timestamps WHERE certificate_id = :certificateId AND previous_sha256 = :sha256")
    boolean wasEarlierVersion(UUID certificateId, String sha256);
}
