package ua.fakh.courses.registration;

/** The standing a registration gave, and whether this request made it ({@code fresh}) or found it made before. */
public record Placement(MyRegistration registration, boolean fresh) {
}
