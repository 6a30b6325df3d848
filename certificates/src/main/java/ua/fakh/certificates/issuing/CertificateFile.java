package ua.fakh.certificates.issuing;

/** A document of one certificate to download, named after its registration number. */
public record CertificateFile(String serialNumber, byte[] bytes) {
}
