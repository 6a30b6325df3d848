package ua.fakh.core.organizations.internal;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface InstitutionKindRepository extends CrudRepository<InstitutionKindRow, String> {

    @Query("SELECT * FROM institution_kinds ORDER BY position, code")
    List<InstitutionKindRow> findAllInOrder();

    @Query("SELECT coalesce(max(position), 0) FROM institution_kinds")
    int lastPosition();

    @Query("SELECT count(*) FROM organizations WHERE institution_kind = :code")
    long organizationsWith(String code);

    /** How many organizations have each kind that some organization has. */
    @Query("SELECT institution_kind AS code, count(*) AS organizations FROM organizations WHERE institution_kind IS NOT NULL GROUP BY institution_kind")
    List<KindUse> uses();

    @Introspected
    record KindUse(String code, long organizations) {
    }
}
