package ua.fakh.courses.assessment;

import io.micronaut.core.annotation.Nullable;
import ua.fakh.core.security.Caller;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** A course's question bank, for its trainers. Editing adds a version; attempts keep the version they started with. */
public interface QuestionBank {

    /** The file extension of the GIFT format, as Moodle exports it: the bank's usual way in and out. */
    String GIFT = "gift";

    /**
     * Imports a bank written in the format whose file extension is {@code extension} (422 when no
     * enabled format has it); the domain names formats by what a file is, never by a plugin id.
     */
    BankImport importBank(UUID courseId, String extension, String text, Caller trainer, Locale locale);

    default BankImport importGift(UUID courseId, String gift, Caller trainer, Locale locale) {
        return importBank(courseId, GIFT, gift, trainer, locale);
    }

    List<QuestionView> list(UUID courseId, @Nullable String category, Caller trainer);

    QuestionView create(UUID courseId, NewQuestion question, Caller trainer);

    /** A new version of the question family {@code questionId}. */
    QuestionView update(UUID questionId, NewQuestion question, Caller trainer);

    /** The current version of the question family {@code questionId} (404 when there is none). */
    QuestionView get(UUID questionId, Caller trainer);

    /**
     * Removes every version of a question that nothing uses.
     *
     * @throws QuestionInUseException when a quiz of the working copy or the published version asks it,
     *                                draws from its category and would run short, or an attempt took it
     */
    void delete(UUID questionId, Caller trainer);

    /** The bank in the format whose file extension is {@code extension}. */
    String exportBank(UUID courseId, String extension, Caller trainer);

    default String exportGift(UUID courseId, Caller trainer) {
        return exportBank(courseId, GIFT, trainer);
    }
}
