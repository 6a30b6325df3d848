package ua.fakh.courses.content.internal;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface CourseRepository extends CrudRepository<CourseRow, UUID> {

    /** Locks the course row: publishing and structure changes of one course happen one at a time. */
    @Query("SELECT * FROM courses WHERE id = :id FOR UPDATE")
    Optional<CourseRow> findByIdForUpdate(UUID id);

    /** One page of the catalogue, in any order: the caller orders them as the search ranked them. */
    List<CourseRow> findByIdIn(Collection<UUID> ids);

    @Query(value = "SELECT c.* FROM courses c JOIN course_trainers t ON t.course_id = c.id WHERE t.user_id = :userId ORDER BY c.updated_at DESC",
            countQuery = "SELECT count(*) FROM courses c JOIN course_trainers t ON t.course_id = c.id WHERE t.user_id = :userId")
    Page<CourseRow> taughtBy(UUID userId, Pageable pageable);

    @Query(value = "SELECT * FROM courses ORDER BY updated_at DESC", countQuery = "SELECT count(*) FROM courses")
    Page<CourseRow> everything(Pageable pageable);
}
