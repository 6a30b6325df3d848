package ua.fakh.core.organizations;

import ua.fakh.core.security.Caller;

import java.util.List;
import java.util.Locale;

/**
 * The kinds of institution reports group by (centre of social services, territorial centre, ЦНАП,
 * NGO…): built-in ones and those administrators add. Codes are lower-case {@code [a-z0-9_]{2,40}} and
 * never change; names (Ukrainian and English) may. A built-in kind, or one an organization has, is
 * never removed. Changes are administrators' (403 otherwise) and audited.
 */
public interface InstitutionKinds {

    /** Every kind in its place, named in {@code locale}, with how many organizations have it. */
    List<InstitutionKindView> list(Locale locale);

    boolean exists(String code);

    /** @throws ua.fakh.core.errors.ValidationException naming every wrong field; 422 for a code already taken */
    InstitutionKindView add(NewInstitutionKind kind, Caller actor, Locale locale);

    /** @throws ua.fakh.core.errors.NotFoundException for an unknown code */
    InstitutionKindView rename(String code, InstitutionKindNames names, Caller actor, Locale locale);

    /** @throws ua.fakh.core.errors.ConflictException for a built-in kind or one in use */
    void remove(String code, Caller actor);
}
