/**
 * Courses, content, enrollment and assessment (issues 3 and 4). Public faces sit in the feature
 * packages' roots, SPIs in {@code ua.fakh.courses.spi}, implementations in {@code internal}.
 */
package ua.fakh.courses;
