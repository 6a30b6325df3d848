package ua.fakh.core.organizations.internal;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.PageableRepository;

import java.util.List;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface OrganizationRepository extends PageableRepository<OrganizationRow, UUID> {

    List<OrganizationRow> findByParentIdOrderByName(UUID parentId);

    List<OrganizationRow> findByParentIdIsNullOrderByName();

    @Query("SELECT * FROM organizations WHERE path LIKE :prefix ORDER BY path")
    List<OrganizationRow> findSubtree(String prefix);

    @Query(value = "SELECT * FROM organizations WHERE search_text LIKE :pattern ORDER BY name",
            countQuery = "SELECT count(*) FROM organizations WHERE search_text LIKE :pattern")
    Page<OrganizationRow> search(String pattern, Pageable pageable);
}
