package ua.fakh.courses.meetings.internal;

import jakarta.inject.Singleton;
import ua.fakh.core.errors.ForbiddenException;
import ua.fakh.core.errors.NotFoundException;
import ua.fakh.core.security.Caller;
import ua.fakh.core.security.Role;
import ua.fakh.courses.content.CourseRecords;

import java.util.UUID;

/**
 * Who the caller is to a session, on the current state: a member of its cohort, a trainer of its
 * course (who may also moderate), or nobody (403). A learner's check costs the one session query:
 * the course's editors are asked only for callers holding a trainer's or an administrator's role.
 */
@Singleton
class SessionGate {
    private final SessionQueries sessions;
    private final CourseRecords courses;

    SessionGate(SessionQueries sessions, CourseRecords courses) {
        this.sessions = sessions;
        this.courses = courses;
    }

    record Seen(SessionAccess session, boolean trainer) {
    }

    Seen memberOrTrainer(UUID sessionId, Caller caller) {
        Seen seen = see(sessionId, caller);
        if (!seen.trainer() && !seen.session().member()) {
            throw new ForbiddenException("problem.meeting.membersOnly");
        }
        return seen;
    }

    SessionAccess trainer(UUID sessionId, Caller caller) {
        Seen seen = see(sessionId, caller);
        if (!seen.trainer()) {
            throw new ForbiddenException("problem.meeting.trainersOnly");
        }
        return seen.session();
    }

    SessionAccess member(UUID sessionId, Caller caller) {
        Seen seen = see(sessionId, caller);
        if (!seen.session().member()) {
            throw new ForbiddenException("problem.meeting.membersOnly");
        }
        return seen.session();
    }

    private Seen see(UUID sessionId, Caller caller) {
        UUID user = caller.userId() == null ? new UUID(0, 0) : caller.userId();
        SessionAccess session = sessions.find(sessionId, user).orElseThrow(() -> new NotFoundException("problem.session.notFound"));
        boolean mayTrain = (caller.has(Role.TRAINER) || caller.isAdmin()) && courses.mayEdit(session.courseId(), caller);
        return new Seen(session, mayTrain);
    }
}
