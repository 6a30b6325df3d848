package ua.fakh.certificates.spi;

/**
 * Another form of the same certificate that a credential format may carry inside its own document, so one
 * file holds both: e.g. the Open Badges VC-JWT attached to the PDF.
 *
 * @param fileName  the name it is saved under, e.g. {@code fakh-<number>-open-badge.jwt}
 * @param mediaType its media type, e.g. {@code application/vc+jwt}
 * @param bytes     its content
 */
public record CredentialAttachment(String fileName, String mediaType, byte[] bytes) {
}
