package ua.fakh.courses.content;

/** A course's life: edited as a draft, published (versions learners see), archived (out of the catalogue, still readable). */
public enum CourseStatus {
    DRAFT, PUBLISHED, ARCHIVED
}
