package ua.fakh.core.plugins;

import java.util.regex.Pattern;

/**
 * A plugin's identity: {@code id} is {@code <type>_<name>} in lower case ({@code storage_s3},
 * {@code qtype_multichoice}), used everywhere (configuration, table prefixes, string bundles);
 * {@code nameKey} is looked up in the plugin's own bundle.
 */
public record PluginDescriptor(String id, String version, String nameKey) {
    public static final Pattern ID_PATTERN = Pattern.compile("[a-z][a-z0-9]*_[a-z][a-z0-9_]*");

    public static PluginDescriptor of(String id, String version) {
        return new PluginDescriptor(id, version, "plugin.name");
    }

    public boolean isWellFormed() {
        return id != null && ID_PATTERN.matcher(id).matches() && version != null && !version.isBlank()
                && nameKey != null && !nameKey.isBlank();
    }

    /** The part before the first underscore: {@code storage} for {@code storage_s3}. */
    public String type() {
        int underscore = id.indexOf('_');
        return underscore < 0 ? id : id.substring(0, underscore);
    }
}
