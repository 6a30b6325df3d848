package ua.fakh.core.plugins;

/**
 * Something Fakh can be extended with: a Micronaut bean implementing an SPI interface that extends
 * this one. Its strings live in {@code i18n/<id>.properties} (English) and {@code i18n/<id>_uk.properties};
 * its tables, if any, are prefixed with its id; {@code fakh.plugins.<id>.enabled=false} switches it off.
 */
public interface Plugin {

    PluginDescriptor descriptor();
}
