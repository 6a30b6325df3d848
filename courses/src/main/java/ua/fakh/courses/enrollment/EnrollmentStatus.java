package ua.fakh.courses.enrollment;

public enum EnrollmentStatus {
    ACTIVE, COMPLETED, WITHDRAWN
}
