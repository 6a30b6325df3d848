package ua.fakh.courses.assessment.internal;

import jakarta.inject.Singleton;
import ua.fakh.core.plugins.PluginRegistry;
import ua.fakh.core.plugins.PluginSettings;
import ua.fakh.courses.assessment.QuizLessonType;
import ua.fakh.courses.assessment.QuizSettings;
import ua.fakh.courses.assessment.Quizzes;
import ua.fakh.courses.content.LessonView;

import java.util.List;
import java.util.Optional;

/** The enabled quiz lesson types, found as every plugin is: by the SPI they implement, never by name. */
@Singleton
class QuizLessons implements Quizzes {
    private final PluginRegistry<QuizLessonType> types;

    QuizLessons(List<QuizLessonType> types, PluginSettings settings) {
        this.types = new PluginRegistry<>("content", types, settings);
    }

    @Override
    public boolean isQuiz(String lessonType) {
        return types.find(lessonType).isPresent();
    }

    @Override
    public Optional<QuizSettings> settings(LessonView lesson) {
        return types.find(lesson.type()).map(type -> type.settings(lesson.content()));
    }

    /** The settings of a lesson of {@code lessonType} with this content, when that type is a quiz. */
    Optional<QuizSettings> settings(String lessonType, java.util.Map<String, Object> content) {
        return types.find(lessonType).map(type -> type.settings(content));
    }

    @Override
    public String lessonType() {
        return types.all().stream().findFirst().map(t -> t.descriptor().id())
                .orElseThrow(() -> new IllegalStateException("No quiz lesson type is enabled"));
    }
}
