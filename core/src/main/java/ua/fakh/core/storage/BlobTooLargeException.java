package ua.fakh.core.storage;

import ua.fakh.core.errors.PayloadTooLargeException;

/** More bytes arrived than the write allowed: answered as 413. */
public class BlobTooLargeException extends PayloadTooLargeException {
    public BlobTooLargeException(long maxBytes) {
        super("The file is larger than the limit of " + maxBytes + " bytes");
    }
}
