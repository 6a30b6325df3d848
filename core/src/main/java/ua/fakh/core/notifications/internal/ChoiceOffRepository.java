package ua.fakh.core.notifications.internal;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.List;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface ChoiceOffRepository extends GenericRepository<ChoiceOffRow, UUID> {

    @Query("SELECT user_id, kind, channel FROM notification_choices_off WHERE user_id = :userId")
    List<ChoiceOffRow> findByUser(UUID userId);

    @Query("DELETE FROM notification_choices_off WHERE user_id = :userId")
    void deleteByUser(UUID userId);

    @Query("INSERT INTO notification_choices_off (user_id, kind, channel) VALUES (:userId, :kind, :channel)")
    void insert(UUID userId, String kind, String channel);
}
