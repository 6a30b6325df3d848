/**
 * Signing keys and what is signed with them, without a database: the installation CA and the
 * providers' signing certificates ({@link ua.fakh.certificates.signing.CertificateAuthority}), an
 * operator's own PKCS#12 ({@link ua.fakh.certificates.signing.Pkcs12Import}), keys encrypted for
 * storage ({@link ua.fakh.certificates.signing.KeyEncryption}), the published JWK Set
 * ({@link ua.fakh.certificates.signing.Jwks}), VC-JWT ({@link ua.fakh.certificates.signing.VcJwt}),
 * the revocation list ({@link ua.fakh.certificates.signing.BitstringStatusList}) and PAdES signatures
 * of PDFs with EU DSS at PAdES-BASELINE-LT/LTA ({@link ua.fakh.certificates.signing.PdfSigner},
 * {@link ua.fakh.certificates.signing.PdfSignatureCheck}, {@link ua.fakh.certificates.signing.ArchiveTimestamps}), the
 * installation CA's CRL and OCSP answers and its own RFC 3161 TSA ({@link ua.fakh.certificates.signing.InstallationTsa}).
 * Everything here is stateless and thread-safe.
 */
package ua.fakh.certificates.signing;
