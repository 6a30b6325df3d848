package ua.fakh.courses.content.internal;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The {@code renewal_course_id} column of {@code courses}, read and written on its own: the course row
 * ({@link CourseRow}) leaves it out, so saving a description never touches it.
 */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface RenewalRepository extends GenericRepository<CourseRow, UUID> {

    @Query("SELECT renewal_course_id FROM courses WHERE id = :courseId AND renewal_course_id IS NOT NULL")
    Optional<UUID> renewalOf(UUID courseId);

    @Query("UPDATE courses SET renewal_course_id = :renewalCourseId WHERE id = :courseId")
    void setRenewal(UUID courseId, @Nullable UUID renewalCourseId);

    @Query("""
            SELECT id, title, title_en FROM courses
            WHERE status = 'PUBLISHED' AND published_version > 0 AND id <> :courseId
            ORDER BY title, id LIMIT 1000""")
    List<Choice> publishedOtherThan(UUID courseId);

    @Introspected
    record Choice(UUID id, String title, @Nullable String titleEn) {
    }
}
