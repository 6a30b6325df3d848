package ua.fakh.courses.assessment.internal;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface QuestionRepository extends CrudRepository<QuestionRow, UUID> {

    List<QuestionRow> findByCourseIdAndCurrentVersionOrderByCategoryAndCreatedAt(UUID courseId, boolean currentVersion);

    List<QuestionRow> findByCourseIdAndCategoryAndCurrentVersion(UUID courseId, String category, boolean currentVersion);

    Optional<QuestionRow> findByFamilyIdAndCurrentVersion(UUID familyId, boolean currentVersion);

    List<QuestionRow> findByFamilyIdInAndCurrentVersion(Collection<UUID> familyIds, boolean currentVersion);

    List<QuestionRow> findByFamilyId(UUID familyId);

    List<QuestionRow> findByIdIn(Collection<UUID> ids);
}
