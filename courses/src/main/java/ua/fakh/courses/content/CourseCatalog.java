package ua.fakh.courses.content;

import io.micronaut.core.annotation.Nullable;
import ua.fakh.core.common.PageView;
import ua.fakh.core.security.Caller;

import java.util.UUID;

/**
 * Courses as readers find them: the published catalogue and one course. Learners see published
 * versions only; the course's trainers see their working copy through {@link #get}.
 */
public interface CourseCatalog {

    /** Published, not archived courses; {@code query} matches titles and summaries in both languages. */
    PageView<CourseSummary> catalogue(CatalogueQuery query, @Nullable Integer page, @Nullable Integer size);

    /** The working copy for the course's trainers, the published version for everyone else. */
    CourseView get(UUID courseId, @Nullable Caller caller);

    /** The published version, whoever asks (a trainer's preview of what learners see). */
    CourseView published(UUID courseId, @Nullable Caller caller);
}
