package ua.fakh.core.organizations.internal;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.PageableRepository;

import java.util.Collection;
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

    /** The rows a move reads, locked (in id order, so two moves never wait on each other in a circle). */
    @Query("SELECT * FROM organizations WHERE id IN (:ids) ORDER BY id FOR UPDATE")
    List<OrganizationRow> lockAll(Collection<UUID> ids);

    /** Everything below a moved organization follows it: the old path prefix becomes the new one. */
    @Query("UPDATE organizations SET path = :newPrefix || substr(path, :keepFrom) WHERE path LIKE :oldPattern AND id <> :movedId")
    int movePaths(String newPrefix, int keepFrom, String oldPattern, UUID movedId);

    @Query("SELECT * FROM organizations WHERE edrpou = :reference OR code = :reference OR name = :reference OR name_en = :reference ORDER BY name LIMIT 10")
    List<OrganizationRow> findByReference(String reference);

    boolean existsByEdrpou(String edrpou);

    boolean existsByEdrpouAndIdNotEqual(String edrpou, UUID id);

    boolean existsByCode(String code);

    boolean existsByCodeAndIdNotEqual(String code, UUID id);

    List<OrganizationRow> findByIdIn(Collection<UUID> ids);

    /** The oblasts, districts and hromadas with this KATOTTG code (one at most, unless a check is racing). */
    @Query("SELECT * FROM organizations WHERE katottg = :katottg AND kind IN ('OBLAST', 'DISTRICT', 'HROMADA')")
    List<OrganizationRow> findTerritoriesByKatottg(String katottg);

    /** The organizations with a KATOTTG code below the one at {@code pathPrefix}. */
    @Query("SELECT * FROM organizations WHERE path LIKE :pathPrefix AND id <> :id AND katottg IS NOT NULL ORDER BY path")
    List<OrganizationRow> findCodedBelow(String pathPrefix, UUID id);

    /** Every organization, parents before children: the facts sheet. */
    @Query("SELECT * FROM organizations ORDER BY path")
    List<OrganizationRow> findAllInTreeOrder();
}
