package ua.fakh.courses.registration.internal;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import ua.fakh.core.audit.AuditLog;
import ua.fakh.core.errors.ConflictException;
import ua.fakh.core.errors.FieldCheck;
import ua.fakh.core.errors.ForbiddenException;
import ua.fakh.core.errors.NotFoundException;
import ua.fakh.core.security.Caller;
import ua.fakh.core.users.UserView;
import ua.fakh.core.users.Users;
import ua.fakh.courses.content.CourseDocument;
import ua.fakh.courses.content.CourseRecords;
import ua.fakh.courses.enrollment.CohortPlaces;
import ua.fakh.courses.enrollment.CohortView;
import ua.fakh.courses.enrollment.EnrollmentStatus;
import ua.fakh.courses.enrollment.EnrollmentView;
import ua.fakh.courses.registration.BulkRegistrationReport;
import ua.fakh.courses.registration.EventView;
import ua.fakh.courses.registration.MyRegistration;
import ua.fakh.courses.registration.Placement;
import ua.fakh.courses.registration.RegistrationList;
import ua.fakh.courses.registration.RegistrationSettings;
import ua.fakh.courses.registration.RegistrationState;
import ua.fakh.courses.registration.RegistrationView;
import ua.fakh.courses.registration.Registrations;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@Singleton
class RegistrationService implements Registrations {
    private final RegistrationRepository registrations;
    private final WaitlistRepository waitlist;
    private final Seating seating;
    private final StaffRegistration staff;
    private final CohortPlaces places;
    private final CourseRecords courses;
    private final Users users;
    private final AuditLog audit;
    private final Clock clock;

    RegistrationService(RegistrationRepository registrations, WaitlistRepository waitlist, Seating seating,
                        StaffRegistration staff, CohortPlaces places, CourseRecords courses, Users users, AuditLog audit,
                        Clock clock) {
        this.registrations = registrations;
        this.waitlist = waitlist;
        this.seating = seating;
        this.staff = staff;
        this.places = places;
        this.courses = courses;
        this.users = users;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    @Transactional
    public RegistrationView configure(UUID cohortId, RegistrationSettings settings, Caller trainer) {
        CohortView cohort = cohort(cohortId);
        requireTrainer(cohort, trainer);
        FieldCheck check = FieldCheck.start();
        if (settings.capacity() == null) {
            check.add("capacity", "problem.field.required");
        } else if (settings.capacity() < 1) {
            check.add("capacity", "problem.registration.capacityAtLeastOne");
        }
        if (settings.closesAt() == null) {
            check.add("closesAt", "problem.field.required");
        }
        if (courses.publishedVersion(cohort.courseId()) == 0) {
            check.add("cohortId", "problem.field.publishBeforeEnrolling");
        }
        check.throwIfAny();
        boolean open = settings.open() == null || settings.open();
        registrations.insertIfAbsent(cohortId, settings.capacity(), settings.closesAt(), open, trainer.userId(), clock.instant());
        RegistrationRow locked = registrations.findForUpdate(cohortId).orElseThrow();
        RegistrationRow changed = registrations.update(new RegistrationRow(cohortId, settings.capacity(), settings.closesAt(),
                open, locked.nextPosition(), trainer.userId(), clock.instant()));
        int moved = seating.fill(changed);
        audit.record(trainer, "REGISTRATION_CONFIGURED", "cohort", cohortId, Map.of("capacity", settings.capacity(),
                "closesAt", settings.closesAt().toString(), "open", open, "movedUp", moved));
        return view(changed, cohort.courseId());
    }

    @Override
    @Transactional(readOnly = true)
    public RegistrationView get(UUID cohortId, Caller caller) {
        CohortView cohort = cohort(cohortId);
        return view(opened(cohortId), cohort.courseId());
    }

    @Override
    @Transactional
    public Placement register(UUID cohortId, Caller learner) {
        CohortView cohort = cohort(cohortId);
        RegistrationRow registration = lock(cohortId);
        MyRegistration before = seating.standing(cohortId, cohort.courseId(), learner.userId());
        if (before.state() != RegistrationState.NONE) {
            return new Placement(before, false); // the same seat or place, also after registration closed
        }
        requireAccepting(registration);
        seating.fill(registration);
        Seating.Outcome outcome = seating.place(registration, cohort.courseId(), learner.userId(), learner.userId());
        if (outcome.refusal() != null) {
            throw new ConflictException(outcome.refusal());
        }
        audit.record(learner, "REGISTERED", "cohort", cohortId, Map.of("state", outcome.standing().state().name()));
        return new Placement(outcome.standing(), outcome.fresh());
    }

    @Override
    @Transactional(readOnly = true)
    public MyRegistration mine(UUID cohortId, Caller learner) {
        CohortView cohort = cohort(cohortId);
        return seating.standing(cohortId, cohort.courseId(), learner.userId());
    }

    @Override
    @Transactional
    public MyRegistration cancel(UUID cohortId, Caller learner) {
        CohortView cohort = cohort(cohortId);
        RegistrationRow registration = lock(cohortId);
        var waiting = waitlist.findByCohortIdAndUserId(cohortId, learner.userId());
        if (waiting.isPresent()) {
            waitlist.delete(waiting.get());
            audit.record(learner, "REGISTRATION_CANCELLED", "cohort", cohortId, Map.of("state", "WAITING"));
        } else if (places.release(cohortId, learner.userId(), learner.userId())) {
            audit.record(learner, "REGISTRATION_CANCELLED", "cohort", cohortId, Map.of("state", "SEATED"));
            seating.fill(registration);
        } else if (seating.standing(cohortId, cohort.courseId(), learner.userId()).state() == RegistrationState.SEATED) {
            throw new ConflictException("problem.enrollment.staysCompleted");
        }
        return seating.standing(cohortId, cohort.courseId(), learner.userId());
    }

    @Override
    @Transactional(readOnly = true)
    public RegistrationList list(UUID cohortId, Caller trainer) {
        CohortView cohort = cohort(cohortId);
        requireTrainer(cohort, trainer);
        RegistrationView view = view(opened(cohortId), cohort.courseId());
        List<RegistrationList.Seat> seated = places.members(cohortId).stream().map(RegistrationService::seat).toList();
        List<WaitlistRow> rows = waitlist.findByCohortIdOrderByPosition(cohortId);
        Map<UUID, UserView> people = users.findAll(rows.stream().map(WaitlistRow::userId).toList());
        List<RegistrationList.Waiting> waiting = new java.util.ArrayList<>();
        for (WaitlistRow row : rows) {
            UserView person = people.get(row.userId());
            waiting.add(new RegistrationList.Waiting(waiting.size() + 1, row.userId(), person == null ? "" : person.fullName(),
                    person == null ? "" : person.email(), row.joinedAt()));
        }
        return new RegistrationList(view, seated, waiting);
    }

    @Override
    @Transactional
    public BulkRegistrationReport registerMany(UUID cohortId, List<UUID> userIds, Caller hr) {
        CohortView cohort = cohort(cohortId);
        RegistrationRow registration = lock(cohortId);
        requireAccepting(registration);
        seating.fill(registration);
        return staff.register(registration, cohort.courseId(), userIds, hr);
    }

    @Override
    @Transactional(readOnly = true)
    public EventView event(UUID cohortId, Caller caller) {
        CohortView cohort = cohort(cohortId);
        RegistrationView registration = view(opened(cohortId), cohort.courseId());
        CourseDocument course = courses.facts(cohort.courseId(), courses.publishedVersion(cohort.courseId())).document();
        return new EventView(cohortId, cohort.courseId(), course.title(), course.titleEn(), cohort.name(), cohort.startsOn(),
                cohort.endsOn(), cohort.sessions(), registration, seating.standing(cohortId, cohort.courseId(), caller.userId()));
    }

    private static RegistrationList.Seat seat(EnrollmentView e) {
        return new RegistrationList.Seat(e.id(), e.userId(), e.learnerName(), e.learnerEmail(), e.status().name(), e.enrolledAt());
    }

    private RegistrationView view(RegistrationRow row, UUID courseId) {
        int taken = places.seatsTaken(row.cohortId());
        return new RegistrationView(row.cohortId(), courseId, row.capacity(), row.closesAt(), row.accepting(),
                row.acceptsAt(clock.instant()), taken, Math.max(0, row.capacity() - taken),
                (int) waitlist.countByCohortId(row.cohortId()));
    }

    private void requireAccepting(RegistrationRow registration) {
        if (!registration.acceptsAt(clock.instant())) {
            throw new ConflictException("problem.registration.closed");
        }
    }

    private CohortView cohort(UUID cohortId) {
        return places.cohort(cohortId).orElseThrow(() -> new NotFoundException("problem.cohort.notFound"));
    }

    private RegistrationRow opened(UUID cohortId) {
        return registrations.findById(cohortId).orElseThrow(() -> new NotFoundException("problem.registration.notOpened"));
    }

    private RegistrationRow lock(UUID cohortId) {
        return registrations.findForUpdate(cohortId).orElseThrow(() -> new NotFoundException("problem.registration.notOpened"));
    }

    private void requireTrainer(CohortView cohort, Caller trainer) {
        if (!courses.mayEdit(cohort.courseId(), trainer)) {
            throw new ForbiddenException("problem.registration.trainersOnly");
        }
    }
}
