package ua.fakh.courses.assessment;

import io.micronaut.core.annotation.Nullable;
import ua.fakh.core.security.Caller;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** A course's question bank, for its trainers. Editing adds a version; attempts keep the version they started with. */
public interface QuestionBank {

    BankImport importGift(UUID courseId, String gift, Caller trainer, Locale locale);

    List<QuestionView> list(UUID courseId, @Nullable String category, Caller trainer);

    QuestionView create(UUID courseId, NewQuestion question, Caller trainer);

    /** A new version of the question family {@code questionId}. */
    QuestionView update(UUID questionId, NewQuestion question, Caller trainer);

    String exportGift(UUID courseId, Caller trainer);
}
