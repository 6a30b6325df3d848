package ua.fakh.courses.assessment.internal;

import io.micronaut.context.annotation.Context;
import ua.fakh.core.errors.ValidationException;
import ua.fakh.core.plugins.PluginRegistry;
import ua.fakh.core.plugins.PluginSettings;
import ua.fakh.courses.spi.QuestionFormat;
import ua.fakh.courses.spi.QuestionType;

import java.util.List;

/** The registries of question types ({@code qtype_*}) and bank formats ({@code qformat_*}), checked at start-up. */
@Context
class QuestionPlugins {
    private final PluginRegistry<QuestionType> types;
    private final PluginRegistry<QuestionFormat> formats;

    QuestionPlugins(List<QuestionType> types, List<QuestionFormat> formats, PluginSettings settings) {
        this.types = new PluginRegistry<>("qtype", types, settings);
        this.formats = new PluginRegistry<>("qformat", formats, settings);
    }

    QuestionType type(String id) {
        return types.find(id).orElseThrow(() -> ValidationException.of("type", "unknown or disabled question type " + id));
    }

    boolean hasType(String id) {
        return types.find(id).isPresent();
    }

    QuestionFormat format(String id) {
        return formats.find(id).orElseThrow(() -> ValidationException.of("format", "the " + id + " format is not enabled"));
    }
}
