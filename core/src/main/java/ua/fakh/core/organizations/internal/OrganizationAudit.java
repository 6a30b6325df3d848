package ua.fakh.core.organizations.internal;

import ua.fakh.core.organizations.OrganizationFacts;

import java.util.LinkedHashMap;
import java.util.Map;

/** An organization's facts as the audit log keeps them: the ones it has, by their API names. */
final class OrganizationAudit {
    private OrganizationAudit() {
    }

    static Map<String, Object> facts(OrganizationFacts facts) {
        Map<String, Object> shown = new LinkedHashMap<>();
        put(shown, "katottg", facts.katottg());
        put(shown, "hromadaKind", facts.hromadaKind());
        put(shown, "institutionKind", facts.institutionKind());
        put(shown, "frontlineSince", facts.frontlineSince());
        put(shown, "deoccupiedSince", facts.deoccupiedSince());
        put(shown, "staffHeadcount", facts.staffHeadcount());
        return shown;
    }

    private static void put(Map<String, Object> shown, String name, Object value) {
        if (value != null) {
            shown.put(name, value.toString());
        }
    }
}
