package ua.fakh.certificates.plugins.credential_pdf;

import io.micronaut.core.annotation.Nullable;
import ua.fakh.core.plugins.Plugin;
import ua.fakh.core.plugins.PluginStrings;

import java.util.Locale;

/**
 * The printed labels, from the plugin's bundles: Ukrainian always, English under it when the
 * certificate is bilingual (the course has an English title).
 */
final class CertificateLabels {
    static final Locale UKRAINIAN = Locale.forLanguageTag("uk");

    private final Plugin plugin;
    private final boolean bilingual;

    CertificateLabels(Plugin plugin, boolean bilingual) {
        this.plugin = plugin;
        this.bilingual = bilingual;
    }

    boolean bilingual() {
        return bilingual;
    }

    String uk(String key) {
        return PluginStrings.get(plugin, UKRAINIAN, key);
    }

    /** The English label, or {@code null} on a Ukrainian-only certificate. */
    @Nullable
    String en(String key) {
        return bilingual ? PluginStrings.get(plugin, Locale.ENGLISH, key) : null;
    }

    /** "Label / English label" on one line, or the Ukrainian label alone. */
    String both(String key) {
        return bilingual ? uk(key) + " / " + en(key) : uk(key);
    }
}
