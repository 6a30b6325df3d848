package ua.fakh.core.storage;

import ua.fakh.core.errors.NotFoundException;

public class BlobNotFoundException extends NotFoundException {
    public BlobNotFoundException(String key) {
        super("No stored file " + key);
    }
}
