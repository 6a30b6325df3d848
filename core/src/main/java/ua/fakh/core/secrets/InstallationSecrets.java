package ua.fakh.core.secrets;

import java.util.function.Supplier;

/**
 * Secrets of the installation kept in its database, so every node of a cluster shares them and
 * a restart keeps them (JWT signing secret; later the certificate signing keys).
 */
public interface InstallationSecrets {

    /**
     * The secret stored under {@code name}; on first use {@code generator} makes it. Safe when two
     * nodes ask at once: both get the one that was stored first.
     */
    String getOrCreate(String name, Supplier<String> generator);
}
