package ua.fakh.courses.assessment;

import ua.fakh.courses.spi.QuestionType;

import java.util.Locale;

/** The enabled question types ({@code qtype_*} plugins), for pages that place what a type renders. */
public interface QuestionTypes {

    /** @throws ua.fakh.core.errors.ValidationException when no enabled type has this id */
    QuestionType type(String id);

    /** The type's name from its own bundle, or its id when no enabled type has it. */
    String name(String id, Locale locale);

    /** Every enabled type's id with its name in {@code locale}, in the registry's order. */
    java.util.Map<String, String> named(Locale locale);
}
