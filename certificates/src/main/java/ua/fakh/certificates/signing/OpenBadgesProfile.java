package ua.fakh.certificates.signing;

import io.micronaut.core.annotation.Nullable;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The parts of Open Badges 3.0 JSON-LD that a credential and its issuer's resolvable profile share, written
 * in one place so that what {@code issuer.id} answers is what the credential says of its issuer.
 */
public final class OpenBadgesProfile {
    /** The contexts of an OB 3.0 credential and of a Profile. */
    public static final List<String> CONTEXT = List.of("https://www.w3.org/ns/credentials/v2",
            "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json");

    private OpenBadgesProfile() {
    }

    /** An issuer {@code Profile}: id, type, name and the EDRPOU code as an identifier entry; callers may add more. */
    public static Map<String, Object> issuer(String id, String name, @Nullable String edrpou) {
        Map<String, Object> profile = new LinkedHashMap<>();
        profile.put("id", id);
        profile.put("type", List.of("Profile"));
        profile.put("name", name);
        if (edrpou != null) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("type", "IdentifierEntry");
            entry.put("identifier", edrpou);
            entry.put("identifierType", "ext:EDRPOU");
            profile.put("otherIdentifier", List.of(entry));
        }
        return profile;
    }
}
