package ua.fakh.certificates.plugins.credential_ob3;

import ua.fakh.certificates.spi.CertificateSnapshot;
import ua.fakh.certificates.spi.IssuerContext;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The credential's {@code description}: in words, everything the printed certificate states that Open
 * Badges has no field for (registration number, signatory's position, verification code), plus the
 * main facts, so a wallet shows what the PDF shows.
 */
final class CredentialDescription {
    private CredentialDescription() {
    }

    static String of(CertificateSnapshot c, IssuerContext issuer, BadgeTexts texts) {
        List<String> sentences = new ArrayList<>();
        sentences.add(texts.text("document") + " «" + c.courseTitle() + "».");
        sentences.add(texts.text("registration", Map.of("serial", c.serialNumber())));
        String provider = texts.text("provider", Map.of("provider", c.providerName()));
        if (c.providerEdrpou() != null) {
            provider += " " + texts.text("edrpou", Map.of("edrpou", c.providerEdrpou()));
        }
        sentences.add(provider + ".");
        sentences.add(texts.text("volume", Map.of("hours", BadgeTexts.number(c.hours()),
                "ects", BadgeTexts.number(c.ectsCredits()))));
        sentences.add(texts.text("dates", Map.of("dates", BadgeTexts.period(c.trainingStart(), c.trainingEnd()))));
        if (c.result() != null) {
            sentences.add(texts.text("result", Map.of("result", c.result())));
        }
        sentences.add(texts.text("issued", Map.of("date", BadgeTexts.date(c.issuedAt()))));
        if (c.validUntil() != null) {
            sentences.add(texts.text("validUntil", Map.of("date", BadgeTexts.date(c.validUntil()))));
        }
        sentences.add(texts.text("signatory", Map.of("position", c.signatoryPosition(), "name", c.signatoryName())));
        sentences.add(texts.text("verification", Map.of("code", c.verificationCode(),
                "url", issuer.verifyUrl(c.verificationCode()))));
        return String.join(" ", sentences);
    }
}
