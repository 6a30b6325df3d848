package ua.fakh.courses.content.internal;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface LessonRepository extends CrudRepository<LessonRow, UUID> {

    List<LessonRow> findByCourseIdAndDeletedOrderByPosition(UUID courseId, boolean deleted);

    List<LessonRow> findBySectionIdAndDeletedOrderByPosition(UUID sectionId, boolean deleted);
}
