package ua.fakh.certificates.issuing.internal;

import com.nimbusds.jose.util.JSONObjectUtils;
import jakarta.inject.Singleton;
import ua.fakh.certificates.issuing.IssuerProfile;
import ua.fakh.certificates.issuing.IssuerProfiles;
import ua.fakh.core.config.FakhSettings;
import ua.fakh.core.organizations.OrganizationKind;
import ua.fakh.core.organizations.Organizations;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The issuer's Open Badges 3.0 {@code Profile}: what a verifier gets when it dereferences a credential's
 * {@code issuer.id}. Its {@code id}, {@code name} and EDRPOU identifier are written as the credential_ob3 plugin
 * writes the issuer inside each credential (the domain may not call a plugin, so the few lines are repeated).
 */
@Singleton
class IssuerProfileService implements IssuerProfiles {
    static final List<String> CONTEXT = List.of("https://www.w3.org/ns/credentials/v2",
            "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json");

    private final Organizations organizations;
    private final FakhSettings settings;

    IssuerProfileService(Organizations organizations, FakhSettings settings) {
        this.organizations = organizations;
        this.settings = settings;
    }

    @Override
    public Optional<IssuerProfile> find(UUID providerId) {
        String publicUrl = settings.publicUrl().replaceAll("/+$", "");
        // the same id IssuerContext#issuerId gives the provider's credentials
        return organizations.find(providerId).filter(o -> o.kind() == OrganizationKind.PROVIDER)
                .map(o -> new IssuerProfile(publicUrl + "/issuers/" + o.id(), o.id(), o.name(), o.nameEn(), o.edrpou(),
                        publicUrl + "/", publicUrl + "/.well-known/jwks.json", publicUrl + "/verify"));
    }

    @Override
    public String jsonLd(IssuerProfile issuer) {
        Map<String, Object> profile = new LinkedHashMap<>();
        profile.put("@context", CONTEXT);
        profile.put("id", issuer.id());
        profile.put("type", List.of("Profile"));
        profile.put("name", issuer.name());
        profile.put("url", issuer.url());
        if (issuer.edrpou() != null) {
            Map<String, Object> edrpou = new LinkedHashMap<>();
            edrpou.put("type", "IdentifierEntry");
            edrpou.put("identifier", issuer.edrpou());
            edrpou.put("identifierType", "ext:EDRPOU");
            profile.put("otherIdentifier", List.of(edrpou));
        }
        return JSONObjectUtils.toJSONString(profile);
    }
}
