/**
 * Online sessions: how a cohort session is held (in person, online or both), the meeting a
 * {@code meeting_*} plugin opens for it, and what Fakh itself sees of it: who passed through the join
 * page and when, the check-in codes the host showed and who entered them, and the people the host
 * confirmed as sitting at another's device. Public face: {@link ua.fakh.courses.meetings.MeetingRooms}
 * (used when a session is created) and {@link ua.fakh.courses.meetings.Meetings} (joining, check-ins, the
 * trainer's live list); the rest is in {@code internal}.
 */
package ua.fakh.courses.meetings;
