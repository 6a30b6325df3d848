package ua.fakh.perf;

import ua.fakh.certificates.signing.CaRevocationSource;
import ua.fakh.certificates.signing.CertificateAuthority;
import ua.fakh.certificates.signing.InstallationTsa;
import ua.fakh.certificates.signing.KeyAlgorithm;
import ua.fakh.certificates.signing.SignerOrganization;
import ua.fakh.certificates.spi.CertificateSnapshot;
import ua.fakh.certificates.spi.CertificateTemplate;
import ua.fakh.certificates.spi.IssuerContext;
import ua.fakh.certificates.spi.LongTermEvidence;
import ua.fakh.certificates.spi.SigningIdentity;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A realistic Ukrainian certificate and a provider key (RSA as the installation generates by default, or EC P-256). */
final class Certificates {
    static final String URL = "https://fakh.example.org";

    private Certificates() {
    }

    record Issuer(IssuerContext context) {
    }

    static Issuer issuer(CertificateTemplate template) {
        return issuer(template, KeyAlgorithm.RSA);
    }

    /** The provider's key of {@code algorithm}; the CA and the TSA stay RSA, as the installation makes them. */
    static Issuer issuer(CertificateTemplate template, KeyAlgorithm algorithm) {
        Instant now = Instant.now();
        CertificateAuthority authority = CertificateAuthority.create("Perf", KeyAlgorithm.RSA, now.minusSeconds(3600))
                .publishingAt(URL);
        SigningIdentity signing = authority.issueSigningIdentity(URL + "/.well-known/jwks.json#provider-1",
                new SignerOrganization("Харківський обласний центр соціальних служб", "14360570"), algorithm,
                now.minusSeconds(3600));
        SigningIdentity tsa = authority.issueTimestampingIdentity(URL + "/.well-known/jwks.json#tsa", "Perf", now.minusSeconds(3600));
        LongTermEvidence evidence = new LongTermEvidence(new InstallationTsa(tsa, Clock.systemUTC()),
                new CaRevocationSource(authority.revocationList(Map.of(), now, Duration.ofDays(7)), authority.certificate()),
                authority.certificate());
        return new Issuer(new IssuerContext(URL, UUID.randomUUID().toString(), signing, URL + "/status/1", 4242, template,
                evidence));
    }

    static CertificateSnapshot snapshot() {
        return new CertificateSnapshot(UUID.fromString("0192f4a1-9d10-7a55-8c2b-3e4f5a6b7c8d"), "ХОЦСС-2026-000123",
                "7kq4m9xp2d6r7kq4m9xp2d6r7k", "urn:fakh:subject:3f9a1c0e5b7d4a2f8c6e1b3d5f7a9c0e", "Ґалина Їжакевич-Єрмоленко",
                "Психологічна перша допомога та самодопомога в громаді",
                "Psychological first aid and self-help in the community", new BigDecimal("24"), new BigDecimal("0.8"),
                List.of("Розпізнає ознаки гострого стресу в дорослих і дітей та надає першу психологічну допомогу",
                        "Застосовує техніки самодопомоги у роботі та повсякденному житті",
                        "Оцінює потреби отримувачів соціальних послуг і скеровує їх до спеціалізованих служб громади"),
                "Харківський обласний центр соціальних служб", "Kharkiv Regional Centre of Social Services", "14360570",
                LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 3), "зараховано, 92/100", "Олена Ковальчук",
                "Директорка центру", Instant.now(), LocalDate.of(2029, 10, 5), "uk");
    }
}
