package ua.fakh.certificates.spi;

import ua.fakh.certificates.signing.CaRevocationSource;
import ua.fakh.certificates.signing.CertificateAuthority;
import ua.fakh.certificates.signing.InstallationTsa;
import ua.fakh.certificates.signing.KeyAlgorithm;
import ua.fakh.certificates.signing.SignerOrganization;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A realistic Ukrainian certificate and an installation that signs it. Keys are made once per test run:
 * RSA 3072 takes a moment.
 */
public final class CredentialFixtures {
    public static final Instant NOW = Instant.parse("2026-10-05T09:00:00Z");
    public static final Clock CLOCK = Clock.fixed(NOW.plusSeconds(60), ZoneOffset.UTC);
    public static final String PUBLIC_URL = "https://fakh.example.org";
    public static final String PROVIDER_NAME = "Харківський обласний центр соціальних служб";
    public static final String EDRPOU = "14360570";
    public static final List<String> OUTCOMES = List.of(
            "Розпізнає ознаки гострого стресу в дорослих і дітей та надає першу психологічну допомогу "
                    + "за принципом «дивись, слухай, направляй»",
            "Застосовує техніки самодопомоги (заземлення, сповільнене дихання, відʼєднання від важких думок) "
                    + "у роботі та повсякденному житті",
            "Оцінює потреби отримувачів соціальних послуг і скеровує їх до спеціалізованих служб громади",
            "Дотримується принципів «не нашкодь», конфіденційності та поінформованої згоди",
            "Планує підтримку для себе й колег, щоб запобігти професійному вигоранню");

    private CredentialFixtures() {
    }

    private static final class Keys {
        static final CertificateAuthority AUTHORITY = CertificateAuthority.create("Харків", KeyAlgorithm.RSA, NOW.minusSeconds(3600))
                .publishingAt(PUBLIC_URL);
        static final SigningIdentity PROVIDER = AUTHORITY.issueSigningIdentity(PUBLIC_URL + "/.well-known/jwks.json#provider-1",
                new SignerOrganization(PROVIDER_NAME, EDRPOU), KeyAlgorithm.RSA, NOW.minusSeconds(3600));
        static final SigningIdentity TSA = AUTHORITY.issueTimestampingIdentity(PUBLIC_URL + "/.well-known/jwks.json#tsa",
                "Харків", NOW.minusSeconds(3600));
        static final LongTermEvidence EVIDENCE = new LongTermEvidence(new InstallationTsa(TSA, CLOCK),
                new CaRevocationSource(AUTHORITY.revocationList(Map.of(), CLOCK.instant(), Duration.ofDays(7)),
                        AUTHORITY.certificate()), AUTHORITY.certificate());
    }

    /** The fixture CA's TSA and an empty CRL of it: what signs PDFs at PAdES-BASELINE-LT. */
    public static LongTermEvidence evidence() {
        return Keys.EVIDENCE;
    }

    public static SigningIdentity timestamping() {
        return Keys.TSA;
    }

    public static CertificateAuthority authority() {
        return Keys.AUTHORITY;
    }

    public static SigningIdentity signing() {
        return Keys.PROVIDER;
    }

    public static IssuerContext issuer() {
        return issuer(signing(), CertificateTemplate.standard());
    }

    public static IssuerContext issuer(SigningIdentity signing, CertificateTemplate template) {
        return new IssuerContext(PUBLIC_URL, "0192f4a1-7c3e-7d2a-9b1e-5f0a3c6d8e21", signing, PUBLIC_URL + "/status/1", 4242,
                template, evidence());
    }

    /** Every field filled, both languages, five outcomes. */
    public static CertificateSnapshot ukrainianSnapshot() {
        return new CertificateSnapshot(UUID.fromString("0192f4a1-9d10-7a55-8c2b-3e4f5a6b7c8d"), "ХОЦСС-2026-000123",
                "7KQ4-M9XP-2D6R", "urn:fakh:subject:3f9a1c0e5b7d4a2f8c6e1b3d5f7a9c0e", "Ґалина Їжакевич-Єрмоленко",
                "Психологічна перша допомога та самодопомога в громаді",
                "Psychological first aid and self-help in the community", new BigDecimal("24"), new BigDecimal("0.8"),
                OUTCOMES, PROVIDER_NAME, "Kharkiv Regional Centre of Social Services", EDRPOU,
                LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 3), "зараховано, 92/100", "Олена Ковальчук",
                "Директорка центру", NOW, LocalDate.of(2029, 10, 5), "uk");
    }

    /** Only what every certificate has: Ukrainian only, no EDRPOU, one training day, no result, no expiry. */
    public static CertificateSnapshot minimalSnapshot() {
        CertificateSnapshot full = ukrainianSnapshot();
        return new CertificateSnapshot(full.id(), full.serialNumber(), full.verificationCode(), full.subjectId(),
                full.holderName(), full.courseTitle(), null, new BigDecimal("2"), new BigDecimal("0.07"), List.of(),
                full.providerName(), null, null, null, full.trainingEnd(), null, full.signatoryName(),
                full.signatoryPosition(), full.issuedAt(), null, "uk");
    }

    public static CertificateSnapshot withOutcomes(CertificateSnapshot c, List<String> outcomes) {
        return new CertificateSnapshot(c.id(), c.serialNumber(), c.verificationCode(), c.subjectId(), c.holderName(),
                c.courseTitle(), c.courseTitleEn(), c.hours(), c.ectsCredits(), outcomes, c.providerName(), c.providerNameEn(),
                c.providerEdrpou(), c.trainingStart(), c.trainingEnd(), c.result(), c.signatoryName(), c.signatoryPosition(),
                c.issuedAt(), c.validUntil(), c.language());
    }

    public static CertificateSnapshot withHolder(CertificateSnapshot c, String holderName) {
        return new CertificateSnapshot(c.id(), c.serialNumber(), c.verificationCode(), c.subjectId(), holderName,
                c.courseTitle(), c.courseTitleEn(), c.hours(), c.ectsCredits(), c.outcomes(), c.providerName(),
                c.providerNameEn(), c.providerEdrpou(), c.trainingStart(), c.trainingEnd(), c.result(), c.signatoryName(),
                c.signatoryPosition(), c.issuedAt(), c.validUntil(), c.language());
    }
}
