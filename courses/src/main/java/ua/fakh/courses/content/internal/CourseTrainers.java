package ua.fakh.courses.content.internal;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import ua.fakh.core.common.Ids;
import ua.fakh.core.errors.ValidationException;
import ua.fakh.core.security.Caller;
import ua.fakh.core.security.Role;
import ua.fakh.core.users.UserStatus;
import ua.fakh.core.users.Users;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Sets who trains a course: the listed users (each must hold TRAINER), and the acting trainer themself. */
@Singleton
class CourseTrainers {
    private final TrainerRepository rows;
    private final Users users;

    CourseTrainers(TrainerRepository rows, Users users) {
        this.rows = rows;
        this.users = users;
    }

    void replace(UUID courseId, @Nullable List<UUID> trainerIds, Caller actor) {
        Set<UUID> ids = new LinkedHashSet<>(trainerIds == null ? List.of() : trainerIds);
        if (actor.has(Role.TRAINER) && (trainerIds == null || !actor.isAdmin())) {
            ids.add(actor.userId());
        }
        for (UUID id : ids) {
            // one answer whether the id is nobody, a learner or a disabled trainer: the error must not
            // tell a trainer who exists, let alone their name
            boolean activeTrainer = users.find(id)
                    .filter(user -> user.roles().contains(Role.TRAINER) && user.status() == UserStatus.ACTIVE).isPresent();
            if (!activeTrainer) {
                throw ValidationException.of("trainerIds", "problem.field.notAnActiveTrainer", id);
            }
        }
        if (ids.isEmpty()) {
            throw ValidationException.of("trainerIds", "problem.field.noTrainer");
        }
        rows.deleteByCourseId(courseId);
        rows.saveAll(ids.stream().map(id -> new TrainerRow(Ids.newId(), courseId, id)).toList());
    }
}
