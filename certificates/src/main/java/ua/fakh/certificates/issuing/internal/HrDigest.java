package ua.fakh.certificates.issuing.internal;

import jakarta.inject.Singleton;
import ua.fakh.core.common.KyivSchedule;
import ua.fakh.core.common.KyivTime;
import ua.fakh.core.notifications.Bilingual;
import ua.fakh.core.notifications.Notice;
import ua.fakh.core.notifications.NoticeKind;
import ua.fakh.core.notifications.NoticeText;
import ua.fakh.core.organizations.OrganizationView;
import ua.fakh.core.organizations.Organizations;
import ua.fakh.courses.enrollment.OverduePeople;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * HR's Monday digest of its own organization subtree: certificates issued in the past week, people
 * overdue now, certificates expiring within 60 days; each as a count and the first few names. Nothing
 * is sent when all three are empty.
 */
@Singleton
class HrDigest {
    static final int NAMES = 5;

    private final NoticeScanRepository scans;
    private final OverduePeople overdue;
    private final Organizations organizations;

    HrDigest(NoticeScanRepository scans, OverduePeople overdue, Organizations organizations) {
        this.scans = scans;
        this.overdue = overdue;
        this.organizations = organizations;
    }

    /** The digest for this HR reader on Monday {@code monday}, or empty when there is nothing to tell. */
    Optional<Notice> digest(NoticeScanRepository.HrReader reader, LocalDate monday, Instant now) {
        List<String> issued = scans.issuedInSubtree(reader.organizationId(),
                KyivTime.startOf(monday.minusWeeks(1)), KyivTime.startOf(monday)).stream()
                .map(NoticeScanRepository.Holder::fullName).toList();
        List<String> late = overdue.inSubtree(reader.organizationId(), now).stream().map(OverduePeople.Person::fullName).toList();
        List<String> expiring = scans.expiringInSubtree(reader.organizationId(), KyivTime.day(now),
                KyivTime.day(now).plusDays(ExpiryNotices.FIRST_DAYS)).stream().map(NoticeScanRepository.Holder::fullName).toList();
        if (issued.isEmpty() && late.isEmpty() && expiring.isEmpty()) {
            return Optional.empty();
        }
        OrganizationView organization = organizations.get(reader.organizationId());
        Bilingual name = new Bilingual(organization.name(), organization.nameEn());
        List<NoticeText> body = new ArrayList<>();
        body.add(NoticeText.of("notice.hrDigest.body", name));
        body.add(section("notice.hrDigest.issued", issued));
        body.add(section("notice.hrDigest.overdue", late));
        body.add(section("notice.hrDigest.expiring", expiring));
        return Optional.of(new Notice("hr-digest:" + reader.userId() + ":" + KyivSchedule.isoWeek(monday), reader.userId(),
                NoticeKind.HR_DIGEST, NoticeText.of("notice.hrDigest.subject", name), body, null, null, null)
                .withAction(NoticeText.of("notice.hrDigest.action"), "/hr/certificates"));
    }

    /** {@code key.none}, {@code key} (count and every name) or {@code key.more} (count, the first names, how many more). */
    private static NoticeText section(String key, List<String> names) {
        if (names.isEmpty()) {
            return NoticeText.of(key + ".none");
        }
        List<String> distinct = names.stream().distinct().toList();
        String shown = String.join(", ", distinct.subList(0, Math.min(NAMES, distinct.size())));
        return distinct.size() <= NAMES ? NoticeText.of(key, names.size(), shown)
                : NoticeText.of(key + ".more", names.size(), shown, distinct.size() - NAMES);
    }
}
