package ua.fakh.courses.content;

import java.util.UUID;

/** One published version of a course with its provider: what a certificate is made from. */
public record CourseFacts(UUID courseId, UUID providerId, int version, CourseDocument document) {
}
