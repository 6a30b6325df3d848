package ua.fakh.certificates.issuing.internal;

import com.nimbusds.jose.util.JSONObjectUtils;
import jakarta.inject.Singleton;
import ua.fakh.certificates.issuing.IssuerProfile;
import ua.fakh.certificates.issuing.IssuerProfiles;
import ua.fakh.certificates.signing.OpenBadgesProfile;
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
 * {@code issuer.id}: the same {@link OpenBadgesProfile#issuer} the credentials carry, with the context and its url.
 */
@Singleton
class IssuerProfileService implements IssuerProfiles {
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
        profile.put("@context", OpenBadgesProfile.CONTEXT);
        profile.putAll(OpenBadgesProfile.issuer(issuer.id(), issuer.name(), issuer.edrpou()));
        profile.put("url", issuer.url());
        return JSONObjectUtils.toJSONString(profile);
    }
}
