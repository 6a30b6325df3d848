package ua.fakh.certificates.keys;

import ua.fakh.certificates.spi.IssuerContext;

import java.util.UUID;

/** The issuer context for one certificate: the provider's signing identity and template, the status-list entry. */
public interface IssuerContexts {

    IssuerContext forCertificate(UUID providerId, long statusListIndex);
}
