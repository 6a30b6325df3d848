package ua.fakh.web.home;

import jakarta.inject.Singleton;
import ua.fakh.core.errors.NotFoundException;
import ua.fakh.core.security.Caller;
import ua.fakh.courses.content.CourseCatalog;
import ua.fakh.courses.content.CourseView;
import ua.fakh.courses.enrollment.Completions;
import ua.fakh.courses.enrollment.EnrollmentStatus;
import ua.fakh.courses.enrollment.EnrollmentView;
import ua.fakh.courses.enrollment.Enrollments;
import ua.fakh.web.learn.Texts;
import ua.fakh.web.page.PageContext;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** What a learner has ahead: active courses with a due date, nearest first (overdue ones lead), and the next in-person session. */
@Singleton
class LearnerAgenda {
    private final Enrollments enrollments;
    private final Completions completions;
    private final CourseCatalog catalog;

    LearnerAgenda(Enrollments enrollments, Completions completions, CourseCatalog catalog) {
        this.enrollments = enrollments;
        this.completions = completions;
        this.catalog = catalog;
    }

    List<HomeModel.Due> due(Caller caller, PageContext ctx, Map<UUID, String> titles) {
        return enrollments.mine(caller).stream()
                .filter(e -> e.status() == EnrollmentStatus.ACTIVE && e.dueAt() != null)
                .sorted(Comparator.comparing(EnrollmentView::dueAt))
                .flatMap(e -> title(e.courseId(), caller, ctx, titles)
                        .map(t -> new HomeModel.Due(e.courseId(), t, e.dueAt(), e.overdue(), e.progressPercent())).stream())
                .toList();
    }

    Optional<HomeModel.NextSession> nextSession(Caller caller, PageContext ctx, Map<UUID, String> titles) {
        return completions.nextSession(caller.userId()).flatMap(s -> title(s.courseId(), caller, ctx, titles)
                .map(t -> new HomeModel.NextSession(s.courseId(), t, s.title(), s.startsAt(), s.place())));
    }

    static Map<UUID, String> titles() {
        return new HashMap<>();
    }

    /** The course's title in the page's language; empty for a course no longer published (nothing to do there). */
    private Optional<String> title(UUID courseId, Caller caller, PageContext ctx, Map<UUID, String> titles) {
        if (titles.containsKey(courseId)) {
            return Optional.of(titles.get(courseId));
        }
        try {
            CourseView course = catalog.published(courseId, caller);
            String title = Texts.title(ctx, course.title(), course.titleEn());
            titles.put(courseId, title);
            return Optional.of(title);
        } catch (NotFoundException gone) {
            return Optional.empty();
        }
    }
}
