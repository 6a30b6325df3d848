package ua.fakh.certificates.spi;

/** A credential could not be rendered or signed: a fault of the installation, never of the learner. */
public class CredentialException extends RuntimeException {
    public CredentialException(String message, Throwable cause) {
        super(message, cause);
    }
}
