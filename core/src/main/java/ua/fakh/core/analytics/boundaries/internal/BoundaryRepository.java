package ua.fakh.core.analytics.boundaries.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface BoundaryRepository extends CrudRepository<BoundaryRow, String> {

    List<BoundaryRow> findByHromadaCodeIn(Collection<String> hromadaCodes);

    @Query("select max(uploaded_at) from map_boundaries")
    @Nullable Instant latestUpload();
}
