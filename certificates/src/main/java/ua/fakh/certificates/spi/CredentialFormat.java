package ua.fakh.certificates.spi;

import ua.fakh.core.plugins.Plugin;

/**
 * SPI for a form an issued certificate takes (plugin type {@code credential}): the signed PDF a
 * learner prints, the Open Badges 3.0 credential a wallet keeps. Implementations are stateless,
 * thread-safe beans; rendering the same snapshot with the same issuer gives an equivalent document.
 */
public interface CredentialFormat extends Plugin {

    /** The media type of what {@link #render} returns, e.g. {@code application/pdf}. */
    String mediaType();

    /** File extension without the dot, e.g. {@code pdf}. */
    String fileExtension();

    /**
     * Renders and signs the certificate.
     *
     * @throws CredentialException when the document cannot be made (broken template, unusable key)
     */
    byte[] render(CertificateSnapshot certificate, IssuerContext issuer);
}
