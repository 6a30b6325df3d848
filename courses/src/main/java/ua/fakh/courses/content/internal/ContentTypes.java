package ua.fakh.courses.content.internal;

import io.micronaut.context.annotation.Context;
import ua.fakh.core.plugins.PluginRegistry;
import ua.fakh.core.plugins.PluginSettings;
import ua.fakh.core.plugins.PluginStrings;
import ua.fakh.courses.content.LessonTypes;
import ua.fakh.core.errors.ValidationException;
import ua.fakh.courses.spi.ContentType;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The registry of lesson types ({@code content_*} plugins), checked at start-up. */
@Context
class ContentTypes implements LessonTypes {
    private final PluginRegistry<ContentType> registry;

    ContentTypes(List<ContentType> types, PluginSettings settings) {
        this.registry = new PluginRegistry<>("content", types, settings);
    }

    ContentType require(String id) {
        return registry.find(id).orElseThrow(() -> ValidationException.of("type", "problem.field.unknownLessonType", id));
    }

    /**
     * Whether the lesson holds course completion up: marked required and of a kind that counts (a
     * pre-test never does). A type no longer enabled keeps the lesson's mark. Pages label lessons by this.
     */
    boolean holdsCompletion(ua.fakh.courses.content.CourseDocument.Lesson lesson) {
        return lesson.required() && registry.find(lesson.type()).map(t -> t.countsTowardCompletion(lesson.content())).orElse(true);
    }

    boolean exists(String id) {
        return registry.find(id).isPresent();
    }

    List<String> ids() {
        return registry.all().stream().map(t -> t.descriptor().id()).toList();
    }

    @Override
    public List<ContentType> all() {
        return registry.all();
    }

    @Override
    public Optional<ContentType> find(String id) {
        return registry.find(id);
    }

    @Override
    public String name(String id, Locale locale) {
        return registry.find(id).map(t -> PluginStrings.name(t, locale)).orElse(id);
    }

    @Override
    public String icon(String id) {
        return registry.find(id).map(ContentType::icon).orElse("•");
    }
}
