package ua.fakh.web.calendar;

import java.util.List;
import java.util.UUID;

/** {@code /teach/courses/{id}/calendar}: the course's days ahead and the trainer's feed of it. */
public record CourseCalendarModel(UUID courseId, String courseTitle, List<UpcomingModel.Day> days, FeedPanel feed) {
}
