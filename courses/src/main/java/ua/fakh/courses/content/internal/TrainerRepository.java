package ua.fakh.courses.content.internal;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface TrainerRepository extends CrudRepository<TrainerRow, UUID> {

    List<TrainerRow> findByCourseId(UUID courseId);

    boolean existsByCourseIdAndUserId(UUID courseId, UUID userId);

    void deleteByCourseId(UUID courseId);
}
