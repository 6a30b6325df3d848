package ua.fakh.certificates.issuing;

/** A document of one certificate to download, named after its registration number. */
public record CertificateFile(String serialNumber, byte[] bytes) {

    /** The download name of the Open Badges credential: {@code fakh-<number>-open-badge.jwt}, says what the file is. */
    public String openBadgeFileName() {
        return "fakh-" + serialNumber.replaceAll("[^\\p{L}\\p{N}._-]+", "-") + "-open-badge.jwt";
    }
}
