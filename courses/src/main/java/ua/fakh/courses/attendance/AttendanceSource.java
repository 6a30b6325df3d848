package ua.fakh.courses.attendance;

/** Where an attendance mark came from: a trainer's tick, a measurement of minutes, a trainer's override with a reason. */
public enum AttendanceSource {
    MARKED, MEASURED, OVERRIDE
}
