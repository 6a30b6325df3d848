package ua.fakh.courses.analytics.internal;

import io.micronaut.core.annotation.Nullable;
import ua.fakh.core.organizations.Place;
import ua.fakh.courses.assessment.PrePostScores.Scores;

import java.time.LocalDate;

/**
 * One person a gain report counts: the enrolment, where the person works ({@code place}, null for an
 * organisation the directory does not know), both scores, and the day that decides whether the community
 * counted as frontline or de-occupied (the day of completion, or of the report when not completed yet).
 */
record Counted(GainLearner learner, @Nullable Place place, Scores scores, LocalDate day) {
}
