package ua.fakh.certificates.signing;

import ua.fakh.core.errors.UnprocessableException;

/** An operator gave a key Fakh cannot sign with: wrong password, no private key, unsupported algorithm. */
public class InvalidSigningKeyException extends UnprocessableException {
    public InvalidSigningKeyException(String message) {
        super(message);
    }
}
