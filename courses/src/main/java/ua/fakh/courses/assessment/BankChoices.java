package ua.fakh.courses.assessment;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * The questions a quiz lesson may ask, for the quiz form's picker: the current questions of a course's
 * bank without their keys. No access check here: the page that shows the form has decided it.
 */
public interface BankChoices {

    /** By category, then as they were added; type names in {@code locale}. */
    List<BankChoice> of(UUID courseId, Locale locale);

    /** One question as the picker lists it; {@code id} is the question family a quiz refers to. */
    record BankChoice(UUID id, String title, String text, String category, String type, String typeName) {
    }
}
