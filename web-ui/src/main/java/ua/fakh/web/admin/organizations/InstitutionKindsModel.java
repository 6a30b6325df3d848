package ua.fakh.web.admin.organizations;

import io.micronaut.core.annotation.Nullable;
import ua.fakh.core.organizations.InstitutionKindView;

import java.util.List;
import java.util.Map;

/**
 * The kinds of institution page: every kind with its rename form, the "add" form, and after a
 * refusal what was typed and what is wrong ({@code editing} names the kind whose form it was, none for
 * the "add" form). {@code notice} and {@code alert} are sentences already in the reader's language.
 */
public record InstitutionKindsModel(List<InstitutionKindView> kinds, @Nullable String editing, Typed typed,
                                    Map<String, String> errors, @Nullable String notice, @Nullable String alert) {

    /** What a form held: the new kind's code (empty on a rename form) and the two names. */
    public record Typed(String code, String name, String nameEn) {
        public static final Typed EMPTY = new Typed("", "", "");
    }

    /** The name shown in kind {@code code}'s rename form: what was typed there after a refusal, else its own. */
    public String name(InstitutionKindView kind) {
        return kind.code().equals(editing) ? typed.name() : kind.nameUk();
    }

    public String nameEn(InstitutionKindView kind) {
        return kind.code().equals(editing) ? typed.nameEn() : kind.nameEn();
    }

    /** The errors of kind {@code code}'s rename form (none for the other kinds). */
    public Map<String, String> errorsOf(InstitutionKindView kind) {
        return kind.code().equals(editing) ? errors : Map.of();
    }

    /** The errors of the "add" form. */
    public Map<String, String> addErrors() {
        return editing == null ? errors : Map.of();
    }

    public Typed added() {
        return editing == null ? typed : Typed.EMPTY;
    }
}
