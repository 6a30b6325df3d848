package ua.fakh.certificates.issuing;

/** What the public check answers: issued and in force, past its validity, or revoked. */
public enum CertificateStatus {
    VALID, EXPIRED, REVOKED
}
