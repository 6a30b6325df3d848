package ua.fakh.courses.content;

import ua.fakh.core.security.Caller;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The question bank's part of a course package. Declared here and implemented by the assessment
 * area, so packaging (content) does not depend on assessment, which depends on content.
 */
public interface PackagedQuestions {

    /** The current version of every question in the course's bank. */
    List<PackagedQuestion> export(UUID courseId);

    /** Adds the questions to the (new) course's bank; returns each packaged id mapped to its new family id. */
    Map<UUID, UUID> restore(UUID courseId, List<PackagedQuestion> questions, Caller trainer);
}
