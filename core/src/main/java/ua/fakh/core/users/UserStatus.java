package ua.fakh.core.users;

public enum UserStatus {
    ACTIVE, DISABLED
}
