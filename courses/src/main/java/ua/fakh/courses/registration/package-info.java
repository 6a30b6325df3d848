/**
 * Open registration for an event (a cohort of a course): capacity, closing time, a waiting list that
 * moves up by itself, HR registering its staff. A seat is an enrollment in the cohort, made through
 * {@link ua.fakh.courses.enrollment.CohortPlaces}.
 */
package ua.fakh.courses.registration;
