package ua.fakh.courses.content.internal.search;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface TermRepository extends CrudRepository<TermRow, TermKey> {

    /** Served by the index on {@code term}: no scan of the courses' texts. */
    @Query("SELECT course_id, term, weight FROM course_search_terms WHERE term IN (:terms)")
    List<TermHit> hits(Collection<String> terms);

    @Query("DELETE FROM course_search_terms WHERE course_id = :courseId")
    void deleteByCourseId(UUID courseId);
}
