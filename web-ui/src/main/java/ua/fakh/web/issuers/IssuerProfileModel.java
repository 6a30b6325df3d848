package ua.fakh.web.issuers;

import ua.fakh.certificates.issuing.IssuerProfile;
import ua.fakh.web.page.PageContext;

/** The issuer page: the provider, its codes, and where its keys and checks are. */
public record IssuerProfileModel(IssuerProfile profile) {

    /** The provider's name in the page's language: the English one on an English page when there is one. */
    public String name(PageContext ctx) {
        return ctx.lang().equals("en") && profile.nameEn() != null ? profile.nameEn() : profile.name();
    }
}
