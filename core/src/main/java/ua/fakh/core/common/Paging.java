package ua.fakh.core.common;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.model.Pageable;
import ua.fakh.core.errors.ValidationException;

/**
 * The one place that decides paging: {@code ?page=&size=} default to 0 and 20, a size is at most 200.
 * Faces take the numbers as given (absent = null) and services turn them into a {@link Pageable} here,
 * so no controller chooses its own default.
 */
public final class Paging {
    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 200;

    private Paging() {
    }

    public static Pageable of(@Nullable Integer page, @Nullable Integer size) {
        int p = page == null ? 0 : page;
        int s = size == null ? DEFAULT_SIZE : size;
        if (p < 0) {
            throw ValidationException.of("page", "problem.field.pageNotNegative");
        }
        if (s < 1 || s > MAX_SIZE) {
            throw ValidationException.of("size", "problem.field.between", 1, MAX_SIZE);
        }
        return Pageable.from(p, s);
    }

    /** For page links a person follows (and may edit): absent or negative means the first page, never an error. */
    public static int pageOrFirst(@Nullable Integer page) {
        return page == null || page < 0 ? 0 : page;
    }

    public static <T> PageView<T> view(io.micronaut.data.model.Page<T> page) {
        return new PageView<>(page.getContent(), page.getPageNumber(), page.getSize(), page.getTotalSize());
    }
}
