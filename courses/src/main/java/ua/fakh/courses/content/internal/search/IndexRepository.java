package ua.fakh.courses.content.internal.search;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface IndexRepository extends CrudRepository<IndexRow, UUID> {

    /**
     * The published courses passing the filters (an empty filter is '' for language and provider, '%'
     * for the tag pattern); a course not indexed yet still shows, under its Ukrainian title.
     */
    @Query("""
            SELECT c.id AS course_id, COALESCE(i.title, c.catalog_title) AS title, i.title_en AS title_en
            FROM courses c LEFT JOIN course_search_index i ON i.course_id = c.id
            WHERE c.status = 'PUBLISHED' AND c.published_version > 0 AND c.catalog_tags LIKE :tagPattern
              AND (:language = '' OR c.catalog_language = :language)
              AND (:provider = '' OR CAST(c.provider_id AS VARCHAR(36)) = :provider)""")
    List<CatalogueEntry> catalogue(String tagPattern, String language, String provider);

    /** Published courses whose terms are missing or come from an older analysis. */
    @Query("""
            SELECT c.id FROM courses c LEFT JOIN course_search_index i ON i.course_id = c.id
            WHERE c.published_version > 0 AND (i.course_id IS NULL OR i.analysis_version < :version)""")
    List<UUID> stale(int version);
}
