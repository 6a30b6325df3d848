package ua.fakh.core.organizations;

/** What kind of council a hromada has: rural (сільська), town (селищна) or city (міська). */
public enum HromadaKind {
    RURAL, TOWN, CITY
}
