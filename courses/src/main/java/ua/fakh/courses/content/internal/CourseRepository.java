package ua.fakh.courses.content.internal;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface CourseRepository extends CrudRepository<CourseRow, UUID> {

    /** Locks the course row: publishing and structure changes of one course happen one at a time. */
    @Query("SELECT * FROM courses WHERE id = :id FOR UPDATE")
    Optional<CourseRow> findByIdForUpdate(UUID id);

    /** The catalogue; an empty filter is passed as '%' (matches anything non-null) or as '' for language/provider. */
    @Query(value = """
            SELECT * FROM courses
            WHERE status = 'PUBLISHED' AND published_version > 0
              AND catalog_search LIKE :pattern AND catalog_tags LIKE :tagPattern
              AND (:language = '' OR catalog_language = :language)
              AND (:provider = '' OR CAST(provider_id AS VARCHAR(36)) = :provider)
            ORDER BY catalog_title, id""",
            countQuery = """
            SELECT count(*) FROM courses
            WHERE status = 'PUBLISHED' AND published_version > 0
              AND catalog_search LIKE :pattern AND catalog_tags LIKE :tagPattern
              AND (:language = '' OR catalog_language = :language)
              AND (:provider = '' OR CAST(provider_id AS VARCHAR(36)) = :provider)""")
    Page<CourseRow> catalogue(String pattern, String tagPattern, String language, String provider, Pageable pageable);

    @Query(value = "SELECT c.* FROM courses c JOIN course_trainers t ON t.course_id = c.id WHERE t.user_id = :userId ORDER BY c.updated_at DESC",
            countQuery = "SELECT count(*) FROM courses c JOIN course_trainers t ON t.course_id = c.id WHERE t.user_id = :userId")
    Page<CourseRow> taughtBy(UUID userId, Pageable pageable);

    @Query(value = "SELECT * FROM courses ORDER BY updated_at DESC", countQuery = "SELECT count(*) FROM courses")
    Page<CourseRow> everything(Pageable pageable);
}
