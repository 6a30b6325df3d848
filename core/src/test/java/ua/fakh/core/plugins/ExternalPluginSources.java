package ua.fakh.core.plugins;

import java.util.Map;

/** The Java sources and strings of plugins "published by someone else", compiled by {@link ExternalPluginJarIT}. */
final class ExternalPluginSources {
    private ExternalPluginSources() {
    }

    static final String MEMORY_STORE_CLASS = "org.example.fakh.memory.MemoryBlobStore";

    /** A complete storage plugin keeping blobs in a map: only Fakh's public SPI, nothing else. */
    static final String MEMORY_STORE = """
            package org.example.fakh.memory;

            import jakarta.inject.Singleton;
            import ua.fakh.core.plugins.PluginDescriptor;
            import ua.fakh.core.storage.BlobKeys;
            import ua.fakh.core.storage.BlobNotFoundException;
            import ua.fakh.core.storage.BlobStore;
            import ua.fakh.core.storage.BlobTooLargeException;
            import ua.fakh.core.storage.StoredBlob;

            import java.io.ByteArrayInputStream;
            import java.io.IOException;
            import java.io.InputStream;
            import java.security.MessageDigest;
            import java.security.NoSuchAlgorithmException;
            import java.util.HexFormat;
            import java.util.Map;
            import java.util.Optional;
            import java.util.concurrent.ConcurrentHashMap;

            @Singleton
            public class MemoryBlobStore implements BlobStore {
                private final Map<String, byte[]> blobs = new ConcurrentHashMap<>();

                @Override
                public PluginDescriptor descriptor() {
                    return PluginDescriptor.of("storage_memory", "0.1.0");
                }

                @Override
                public StoredBlob write(String key, InputStream content, long maxBytes) throws IOException {
                    BlobKeys.check(key);
                    byte[] bytes = content.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
                    if (bytes.length > maxBytes) {
                        throw new BlobTooLargeException(maxBytes);
                    }
                    blobs.put(key, bytes);
                    return describe(key, bytes);
                }

                @Override
                public Optional<StoredBlob> stat(String key) {
                    return Optional.ofNullable(blobs.get(BlobKeys.check(key))).map(bytes -> describe(key, bytes));
                }

                @Override
                public InputStream read(String key, long offset, long length) {
                    byte[] bytes = blobs.get(BlobKeys.check(key));
                    if (bytes == null) {
                        throw new BlobNotFoundException(key);
                    }
                    int from = (int) Math.min(offset, bytes.length);
                    int count = length < 0 ? bytes.length - from : (int) Math.min(length, bytes.length - from);
                    return new ByteArrayInputStream(bytes, from, count);
                }

                @Override
                public boolean delete(String key) {
                    return blobs.remove(BlobKeys.check(key)) != null;
                }

                private static StoredBlob describe(String key, byte[] bytes) {
                    try {
                        byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
                        return new StoredBlob(key, bytes.length, HexFormat.of().formatHex(digest));
                    } catch (NoSuchAlgorithmException e) {
                        throw new IllegalStateException(e);
                    }
                }
            }
            """;

    static final Map<String, String> MEMORY_STORE_STRINGS = Map.of(
            "i18n/storage_memory.properties", "plugin.name=Blobs in memory\n",
            "i18n/storage_memory_uk.properties", "plugin.name=Файли в пам'яті\n");

    /** A plugin of any type, reduced to its descriptor. */
    static String barePlugin(String packageName, String className, String id) {
        return """
                package %s;

                @jakarta.inject.Singleton
                public class %s implements ua.fakh.core.plugins.Plugin {
                    @Override
                    public ua.fakh.core.plugins.PluginDescriptor descriptor() {
                        return ua.fakh.core.plugins.PluginDescriptor.of("%s", "1.0.0");
                    }
                }
                """.formatted(packageName, className, id);
    }
}
