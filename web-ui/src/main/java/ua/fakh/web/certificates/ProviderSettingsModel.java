package ua.fakh.web.certificates;

import io.micronaut.core.annotation.Nullable;
import ua.fakh.certificates.issuing.ProviderSettingsChange;
import ua.fakh.certificates.issuing.ProviderSettingsView;

import java.util.Map;

/**
 * The administrator's certificate settings of one provider: what is saved, the form as typed (when it
 * was refused), the errors per field, and a notice after a save, a logo or a key.
 */
public record ProviderSettingsModel(ProviderSettingsView saved, ProviderSettingsChange form, Map<String, String> errors,
                                    @Nullable String notice, @Nullable String uploadError) {

    static ProviderSettingsChange formOf(ProviderSettingsView v) {
        return new ProviderSettingsChange(v.signatoryName(), v.signatoryPosition(), v.signatoryNameEn(),
                v.signatoryPositionEn(), v.serialPattern(), v.providerCode(), v.primaryColor(), v.accentColor());
    }

    public String value(@Nullable String text) {
        return text == null ? "" : text;
    }

    /** The form's value of a text field by its name, empty when unset. */
    public String field(String name) {
        return value(switch (name) {
            case "signatoryName" -> form.signatoryName();
            case "signatoryPosition" -> form.signatoryPosition();
            case "signatoryNameEn" -> form.signatoryNameEn();
            case "signatoryPositionEn" -> form.signatoryPositionEn();
            case "serialPattern" -> form.serialPattern();
            case "providerCode" -> form.providerCode();
            default -> throw new IllegalArgumentException("no such field " + name);
        });
    }

    public String base() {
        return "/admin/providers/" + saved.providerId() + "/certificates";
    }
}
