package ua.fakh.core.secrets.internal;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface SecretRepository extends CrudRepository<SecretRow, String> {

    /** Inserts unless a secret of that name exists (H2 and PostgreSQL both know ON CONFLICT DO NOTHING). */
    @Query("INSERT INTO installation_secrets (name, secret, created_at) VALUES (:name, :secret, :createdAt) ON CONFLICT DO NOTHING")
    void insertIfAbsent(String name, String secret, Instant createdAt);
}
