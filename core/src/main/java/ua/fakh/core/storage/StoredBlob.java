package ua.fakh.core.storage;

/** A stored blob: its key, its size in bytes and the lower-case hex SHA-256 of its bytes. */
public record StoredBlob(String key, long size, String sha256) {
}
