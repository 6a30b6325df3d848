package ua.fakh.certificates.plugins.credential_ob3;

import ua.fakh.core.common.KyivTime;
import ua.fakh.certificates.signing.OpenBadgesProfile;
import ua.fakh.certificates.signing.BitstringStatusList;
import ua.fakh.certificates.spi.CertificateSnapshot;
import ua.fakh.certificates.spi.IssuerContext;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The OpenBadgeCredential of one certificate (Open Badges 3.0 on the VC data model 2.0), unsigned, as
 * ordered JSON-ready maps. Dates of the training and validity are whole days in Ukraine: they start at
 * 00:00:00 and end at 23:59:59 Kyiv time.
 */
final class OpenBadgeDocument {
    static final List<String> CONTEXT = OpenBadgesProfile.CONTEXT;
    static final String SCHEMA = "https://purl.imsglobal.org/spec/ob/v3p0/schema/json/ob_v3p0_achievementcredential_schema.json";
    private static final LocalTime LAST_SECOND = LocalTime.of(23, 59, 59);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX");

    private final CertificateSnapshot c;
    private final IssuerContext issuer;
    private final BadgeTexts texts;

    OpenBadgeDocument(CertificateSnapshot certificate, IssuerContext issuer, BadgeTexts texts) {
        this.c = certificate;
        this.issuer = issuer;
        this.texts = texts;
    }

    Map<String, Object> credential() {
        Map<String, Object> credential = new LinkedHashMap<>();
        credential.put("@context", CONTEXT);
        credential.put("id", "urn:uuid:" + c.id());
        credential.put("type", List.of("VerifiableCredential", "OpenBadgeCredential"));
        credential.put("name", texts.text("name", Map.of("document", texts.text("document"), "course", c.courseTitle())));
        credential.put("description", CredentialDescription.of(c, issuer, texts));
        credential.put("issuer", profile());
        String issued = c.issuedAt().truncatedTo(ChronoUnit.SECONDS).toString();
        credential.put("validFrom", issued);
        if (c.validUntil() != null) {
            credential.put("validUntil", KyivTime.endOf(c.validUntil()).toString());
        }
        credential.put("awardedDate", issued);
        credential.put("credentialSubject", subject());
        credential.put("credentialSchema", List.of(ordered("id", SCHEMA, "type", "1EdTechJsonSchemaValidator2019")));
        credential.put("credentialStatus", BitstringStatusList.entry(issuer.statusListUrl(), issuer.statusListIndex()));
        return credential;
    }

    private Map<String, Object> profile() {
        Map<String, Object> profile = OpenBadgesProfile.issuer(issuer.issuerId(), c.providerName(), c.providerEdrpou());
        profile.put("official", c.signatoryName());
        return profile;
    }

    private Map<String, Object> subject() {
        Map<String, Object> subject = new LinkedHashMap<>();
        subject.put("id", subjectUrn(c.subjectId()));
        subject.put("type", List.of("AchievementSubject"));
        // the name as printed on the PDF, so the holder can show this credential instead of it
        subject.put("identifier", List.of(ordered("type", "IdentityObject", "identityHash", c.holderName(),
                "identityType", "name", "hashed", false)));
        subject.put("achievement", achievement());
        subject.put("creditsEarned", c.ectsCredits());
        if (c.trainingStart() != null) {
            subject.put("activityStartDate", DATE_TIME.format(c.trainingStart().atStartOfDay(KyivTime.ZONE)));
        }
        subject.put("activityEndDate", endOfDay(c.trainingEnd()));
        if (c.result() != null) {
            subject.put("result", List.of(ordered("type", List.of("Result"), "value", c.result(), "status", "Completed")));
        }
        return subject;
    }

    private Map<String, Object> achievement() {
        Map<String, Object> achievement = new LinkedHashMap<>();
        achievement.put("id", achievementId());
        achievement.put("type", List.of("Achievement"));
        achievement.put("achievementType", "CertificateOfCompletion");
        achievement.put("name", c.courseTitle());
        achievement.put("description", texts.text("achievement", Map.of("hours", BadgeTexts.number(c.hours()),
                "ects", BadgeTexts.number(c.ectsCredits()))));
        achievement.put("criteria", ordered("narrative", narrative()));
        achievement.put("creditsAvailable", c.ectsCredits());
        achievement.put("inLanguage", c.language());
        return achievement;
    }

    /** The outcomes as a Markdown list, which {@code criteria.narrative} allows. */
    private String narrative() {
        List<String> lines = new ArrayList<>();
        lines.add(texts.text("outcomes") + ":");
        lines.add("");
        c.outcomes().forEach(outcome -> lines.add("- " + outcome.strip().replaceAll("\\s+", " ")));
        return String.join("\n", lines);
    }

    /**
     * The same course of the same provider gets the same achievement id: a name-based UUID, since the
     * snapshot carries the course's title, not its id.
     */
    private String achievementId() {
        String name = issuer.issuerId() + "\n" + c.courseTitle();
        return "urn:uuid:" + UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
    }

    /** A JSON object whose members keep their order, so the same certificate always gives the same JWT. */
    private static Map<String, Object> ordered(Object... keysAndValues) {
        Map<String, Object> object = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            object.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return object;
    }

    /** The pseudonymous holder id as a URN: kept when it is one, {@code urn:uuid:} for a UUID. */
    static String subjectUrn(String subjectId) {
        if (subjectId.regionMatches(true, 0, "urn:", 0, 4)) {
            return subjectId;
        }
        try {
            return "urn:uuid:" + UUID.fromString(subjectId);
        } catch (IllegalArgumentException notUuid) {
            return "urn:fakh:subject:" + subjectId.replaceAll("[^A-Za-z0-9._~-]", "-");
        }
    }

    private static String endOfDay(LocalDate day) {
        return DATE_TIME.format(day.atTime(LAST_SECOND).atZone(KyivTime.ZONE));
    }
}
