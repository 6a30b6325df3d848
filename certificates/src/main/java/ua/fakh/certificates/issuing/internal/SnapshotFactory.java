package ua.fakh.certificates.issuing.internal;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import ua.fakh.core.common.KyivTime;
import ua.fakh.certificates.spi.CertificateSnapshot;
import ua.fakh.core.errors.NotFoundException;
import ua.fakh.core.organizations.OrganizationView;
import ua.fakh.core.organizations.Organizations;
import ua.fakh.core.secrets.InstallationSecrets;
import ua.fakh.core.users.UserView;
import ua.fakh.core.users.Users;
import ua.fakh.courses.content.CourseDocument;
import ua.fakh.courses.content.CourseFacts;
import ua.fakh.courses.content.CourseRecords;
import ua.fakh.courses.enrollment.Completions;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import java.util.UUID;

/**
 * Freezes what a certificate states from the course version completed, the person and the provider as they are now;
 * the hours are those credited to the person ({@link Completions#creditedHours}: a blended course's missed sessions
 * are not counted).
 */
@Singleton
class SnapshotFactory {

    private final CourseRecords courses;
    private final Users users;
    private final Organizations organizations;
    private final ProviderSettings settings;
    private final InstallationSecrets secrets;
    private final Completions completions;

    SnapshotFactory(CourseRecords courses, Users users, Organizations organizations, ProviderSettings settings,
                    InstallationSecrets secrets, Completions completions) {
        this.completions = completions;
        this.courses = courses;
        this.users = users;
        this.organizations = organizations;
        this.settings = settings;
        this.secrets = secrets;
    }

    record Facts(UUID userId, UUID courseId, int courseVersion, Instant trainingStart, Instant trainingEnd,
                 @Nullable Double resultPercent) {
    }

    CertificateSnapshot snapshot(UUID certificateId, String serial, String code, Facts facts, Instant issuedAt) {
        CourseFacts course = courses.facts(facts.courseId(), facts.courseVersion());
        CourseDocument d = course.document();
        UserView holder = users.find(facts.userId()).orElseThrow(() -> new NotFoundException("problem.user.notFound"));
        OrganizationView provider = organizations.get(course.providerId());
        ProviderSettingsRow signatory = settings.of(course.providerId());
        LocalDate issued = KyivTime.day(issuedAt);
        LocalDate validUntil = d.certificateValidityMonths() == null ? null : issued.plusMonths(d.certificateValidityMonths());
        return new CertificateSnapshot(certificateId, serial, code, subjectId(facts.userId()), holder.fullName(), d.title(),
                d.titleEn(), completions.creditedHours(facts.courseId(), facts.userId(), d.hours()), d.ectsCredits(), d.outcomes(), provider.name(), provider.nameEn(), provider.edrpou(),
                KyivTime.day(facts.trainingStart()), KyivTime.day(facts.trainingEnd()),
                result(facts.resultPercent()), signatory.signatoryName(d.titleEn() != null),
                signatory.signatoryPosition(d.titleEn() != null), issuedAt,
                validUntil, d.language());
    }

    /** "зараховано", with the grade when the course had graded quizzes: "зараховано, 92/100". */
    static String result(@Nullable Double percent) {
        return percent == null ? PASSED_UK : PASSED_UK + ", " + Math.round(percent) + "/100";
    }

    private static final String PASSED_UK = "зараховано";

    /** The English reading of a {@link #result}: "passed, 92/100"; other wording (none is written today) as it is. */
    static @Nullable String resultEn(@Nullable String result) {
        return result != null && result.startsWith(PASSED_UK) ? "passed" + result.substring(PASSED_UK.length()) : result;
    }

    /** Stable per person, meaningless outside this installation: HMAC of the user id under an installation secret. */
    String subjectId(UUID userId) {
        String key = secrets.getOrCreate("credential-subject-hmac", () -> {
            byte[] bytes = new byte[32];
            new SecureRandom().nextBytes(bytes);
            return Base64.getEncoder().encodeToString(bytes);
        });
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(Base64.getDecoder().decode(key), "HmacSHA256"));
            byte[] digest = mac.doFinal(userId.toString().getBytes(StandardCharsets.UTF_8));
            return "urn:fakh:subject:" + HexFormat.of().formatHex(digest, 0, 16).toLowerCase(Locale.ROOT);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
