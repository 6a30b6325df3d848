package ua.fakh.core.i18n;

import io.micronaut.context.AbstractMessageSource;
import io.micronaut.context.MessageSource;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A {@link MessageSource} over {@code .properties} bundles, {@code <base>.properties} in English and
 * {@code <base>_uk.properties} in Ukrainian. A module declares one as a bean for its own bundles and
 * Micronaut's composite {@link MessageSource} asks them all; a plugin gets one over its own bundle,
 * read with its own class loader.
 * <p>
 * Unlike Micronaut's {@code ResourceBundleMessageSource}, it never falls back to the JVM's default
 * locale (on a server set to Ukrainian, English pages would turn Ukrainian), and it keeps every bundle
 * once loaded and asks {@code containsKey}: a key a bundle lacks costs no exception (its 100-entry cache
 * would evict and throw {@code MissingResourceException} again on every page). Thread-safe.
 */
public class BundleMessageSource extends AbstractMessageSource {
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final List<String> baseNames;
    private final ClassLoader loader;
    private final int order;
    /** Per language, the bundles that exist, in order: looked up once, not per string. */
    private final Map<Locale, List<ResourceBundle>> bundles = new ConcurrentHashMap<>();

    /** The bundles {@code baseNames} (e.g. {@code i18n/teach}) in that order, read with {@code loader}. */
    public BundleMessageSource(ClassLoader loader, List<String> baseNames, int order) {
        this.baseNames = List.copyOf(baseNames);
        this.loader = loader;
        this.order = order;
    }

    public BundleMessageSource(ClassLoader loader, List<String> baseNames) {
        this(loader, baseNames, 0);
    }

    @Override
    public Optional<String> getRawMessage(String code, MessageContext context) {
        for (ResourceBundle bundle : bundles.computeIfAbsent(context.getLocale(LocaleChoice.UKRAINIAN), this::load)) {
            if (bundle.containsKey(code)) {
                return Optional.of(bundle.getString(code));
            }
        }
        return Optional.empty();
    }

    @Override
    public int getOrder() {
        return order;
    }

    private List<ResourceBundle> load(Locale locale) {
        return baseNames.stream().flatMap(base -> bundle(base, locale).stream()).toList();
    }

    private Optional<ResourceBundle> bundle(String baseName, Locale locale) {
        try {
            return Optional.of(ResourceBundle.getBundle(baseName, locale, loader, NO_FALLBACK));
        } catch (MissingResourceException absent) {
            return Optional.empty(); // once per bundle and language: the answer is kept
        }
    }
}
