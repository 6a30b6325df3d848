package ua.fakh.courses.assessment.internal;

import io.micronaut.context.annotation.Context;
import io.micronaut.core.annotation.Nullable;
import ua.fakh.core.errors.ValidationException;
import ua.fakh.core.plugins.PluginRegistry;
import ua.fakh.core.plugins.PluginSettings;
import ua.fakh.core.plugins.PluginStrings;
import ua.fakh.courses.assessment.QuestionTypes;
import ua.fakh.courses.spi.QuestionFormat;
import ua.fakh.courses.spi.QuestionRejectedException;
import ua.fakh.courses.spi.QuestionType;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The registries of question types ({@code qtype_*}) and bank formats ({@code qformat_*}), checked at start-up. */
@Context
class QuestionPlugins implements QuestionTypes {
    private final PluginRegistry<QuestionType> types;
    private final PluginRegistry<QuestionFormat> formats;

    QuestionPlugins(List<QuestionType> types, List<QuestionFormat> formats, PluginSettings settings) {
        this.types = new PluginRegistry<>("qtype", types, settings);
        this.formats = new PluginRegistry<>("qformat", formats, settings);
    }

    @Override
    public QuestionType type(String id) {
        return types.find(id).orElseThrow(() -> ValidationException.of("type", "problem.field.unknownQuestionType", id));
    }

    @Override
    public String name(String id, Locale locale) {
        return types.find(id).map(t -> PluginStrings.name(t, locale)).orElse(id);
    }

    @Override
    public Map<String, String> named(Locale locale) {
        Map<String, String> named = new java.util.LinkedHashMap<>();
        types.all().forEach(t -> named.put(t.descriptor().id(), PluginStrings.name(t, locale)));
        return named;
    }

    /** What a question of this type is worth in an attempt: 1, or 0 for a type that asks nothing. */
    /**
     * The learner's response as its question's type accepts it (none: not answered yet), the one check every way an
     * answer is saved goes through.
     *
     * @throws QuestionRejectedException naming what is wrong with it
     */
    Map<String, Object> checkResponse(FrozenQuestion question, @Nullable Map<String, Object> response) {
        return type(question.type()).validateResponse(question.definition(), response == null ? Map.of() : response);
    }

    double points(String typeId) {
        return type(typeId).scored() ? 1.0 : 0.0;
    }

    /** The questions a random draw may pick: those that ask something (a description alone is no question). */
    List<QuestionRow> scored(List<QuestionRow> questions) {
        return questions.stream().filter(q -> hasType(q.type()) && type(q.type()).scored()).toList();
    }

    boolean hasType(String id) {
        return types.find(id).isPresent();
    }

    /** The enabled bank format that reads and writes files with this extension ({@code gift}). */
    QuestionFormat formatFor(String extension) {
        return formats.all().stream().filter(f -> f.fileExtension().equalsIgnoreCase(extension)).findFirst()
                .orElseThrow(() -> ValidationException.of("format", "problem.field.noQuestionFormat"));
    }
}
