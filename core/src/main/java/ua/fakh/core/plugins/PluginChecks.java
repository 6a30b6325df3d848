package ua.fakh.core.plugins;

/** The checks every plugin passes, whichever registry or catalogue looks at it first. */
final class PluginChecks {
    private PluginChecks() {
    }

    static PluginDescriptor checked(Plugin plugin) {
        PluginDescriptor descriptor = plugin.descriptor();
        if (descriptor == null || !descriptor.isWellFormed()) {
            throw new InvalidPluginException("Plugin " + plugin.getClass().getName() + " has a malformed descriptor "
                    + descriptor + ": the id must look like <type>_<name> in lower case, with a version and a name key");
        }
        return descriptor;
    }
}
