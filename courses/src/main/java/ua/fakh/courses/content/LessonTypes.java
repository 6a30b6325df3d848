package ua.fakh.courses.content;

import ua.fakh.courses.spi.ContentType;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The enabled lesson types ({@code content_*} plugins), for pages that place what a type renders. */
public interface LessonTypes {

    /** Enabled types, ordered by id. */
    List<ContentType> all();

    Optional<ContentType> find(String id);

    /** The type's name from its own bundle, or its id when no enabled type has it. */
    String name(String id, Locale locale);

    /** The type's sign in outlines; a neutral one for a type no longer enabled. */
    String icon(String id);
}
