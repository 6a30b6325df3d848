package ua.fakh.courses.enrollment.internal;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface CohortRepository extends CrudRepository<CohortRow, UUID> {

    List<CohortRow> findByCourseIdOrderByCreatedAt(UUID courseId);

    List<CohortRow> findByIdIn(Collection<UUID> ids);
}
