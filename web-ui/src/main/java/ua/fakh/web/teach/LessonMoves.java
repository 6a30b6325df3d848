package ua.fakh.web.teach;

import io.micronaut.core.annotation.Nullable;
import ua.fakh.core.errors.NotFoundException;
import ua.fakh.courses.content.LessonOutline;
import ua.fakh.courses.content.Move;
import ua.fakh.courses.content.SectionOutline;

import java.util.List;
import java.util.UUID;

/**
 * One step up or down for a lesson in the outline: within its section, and past the section's
 * first or last lesson into the end of the section before or the start of the section after.
 */
final class LessonMoves {
    private LessonMoves() {
    }

    /** The move, or {@code null} when the lesson is already first (up) or last (down) in the course. */
    static @Nullable Move step(List<SectionOutline> sections, UUID lessonId, boolean up) {
        for (int s = 0; s < sections.size(); s++) {
            List<LessonOutline> lessons = sections.get(s).lessons();
            for (int l = 0; l < lessons.size(); l++) {
                if (!lessons.get(l).id().equals(lessonId)) {
                    continue;
                }
                if (up) {
                    return l > 0 ? new Move(l - 1, null)
                            : s > 0 ? new Move(sections.get(s - 1).lessons().size(), sections.get(s - 1).id()) : null;
                }
                return l < lessons.size() - 1 ? new Move(l + 1, null)
                        : s < sections.size() - 1 ? new Move(0, sections.get(s + 1).id()) : null;
            }
        }
        throw new NotFoundException("problem.lesson.notInCourse");
    }

    /**
     * The move to {@code position} (its end when {@code null}) of {@code sectionId} (the lesson's own
     * when {@code null}); a section of another course is not found.
     */
    static Move to(List<SectionOutline> sections, UUID lessonId, @Nullable UUID sectionId, @Nullable Integer position) {
        SectionOutline from = sections.stream().filter(s -> s.lessons().stream().anyMatch(l -> l.id().equals(lessonId)))
                .findFirst().orElseThrow(() -> new NotFoundException("problem.lesson.notInCourse"));
        SectionOutline target = sectionId == null ? from : sections.stream().filter(s -> s.id().equals(sectionId))
                .findFirst().orElseThrow(() -> new NotFoundException("problem.section.notInCourse"));
        int others = target.lessons().size() - (target == from ? 1 : 0);
        return new Move(position == null ? others : Math.min(position, others), target.id());
    }
}
