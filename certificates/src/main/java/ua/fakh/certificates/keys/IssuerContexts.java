package ua.fakh.certificates.keys;

import ua.fakh.certificates.spi.IssuerContext;

import java.util.UUID;

/** The issuer context for one certificate: the provider's signing identity and template, the status-list entry. */
public interface IssuerContexts {
    /** Where each provider's revocation list is published: this path, then the provider's id. */
    String STATUS_LIST_PATH = "/api/public/status-lists/revocation/";

    IssuerContext forCertificate(UUID providerId, long statusListIndex);
}
