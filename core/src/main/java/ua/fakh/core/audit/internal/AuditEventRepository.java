package ua.fakh.core.audit.internal;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.PageableRepository;

import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface AuditEventRepository extends PageableRepository<AuditEventRow, UUID> {
    Page<AuditEventRow> findByAction(String action, Pageable pageable);
}
