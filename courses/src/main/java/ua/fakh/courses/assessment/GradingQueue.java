package ua.fakh.courses.assessment;

import ua.fakh.core.security.Caller;

import java.util.List;
import java.util.UUID;

/** Answers of a course's submitted attempts that wait for a trainer (essays), oldest submission first. */
public interface GradingQueue {

    List<EssayToGrade> waiting(UUID courseId, Caller trainer);
}
