package ua.fakh.core.plugins.notify_email;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface KeptMailRepository extends CrudRepository<KeptMailRow, UUID> {

    /** Newest first; {@code address} empty for every address, {@code pattern} a {@code LIKE} pattern on the folded address and subject. */
    @Query(value = """
            SELECT * FROM notify_email_kept
            WHERE (:address = '' OR address_folded = :address) AND search_text LIKE :pattern
            ORDER BY kept_at DESC, id DESC""",
            countQuery = """
            SELECT count(*) FROM notify_email_kept
            WHERE (:address = '' OR address_folded = :address) AND search_text LIKE :pattern""")
    Page<KeptMailRow> search(String address, String pattern, Pageable pageable);
}
