package ua.fakh.web.page;

import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Addresses of the static files pages link to, with a hash of the content in the name
 * ({@code /assets/fakh.3f9a1c2b.css}): a browser may keep such a file for a year, and a changed
 * file gets a new address. Files are those under {@code public/} on the classpath, plus htmx from its
 * WebJar (its version read from the WebJar, so an upgrade needs no edit here); each is hashed once,
 * the layout's at start-up.
 */
@Singleton
public class Assets {
    static final String HTMX = "htmx.min.js";
    private static final String HTMX_POM = "META-INF/maven/org.webjars.npm/htmx.org/pom.properties";

    private final String htmxResource;
    private final Map<String, Fingerprinted> byName = new ConcurrentHashMap<>();

    /** One file: where it is on the classpath, and the hash its address carries. */
    public record Fingerprinted(String resource, String hash, String url) {
    }

    Assets() {
        this.htmxResource = "META-INF/resources/webjars/htmx.org/" + webjarVersion() + "/dist/htmx.min.js";
        css();
        htmx();
    }

    public String htmx() {
        return url(HTMX);
    }

    public String css() {
        return url("fakh.css");
    }

    /** The fingerprinted address of {@code name} (a file under {@code public/}, e.g. {@code quiz.js}). */
    public String url(String name) {
        return find(name).orElseThrow(() -> new IllegalArgumentException("No static file " + name)).url();
    }

    /** The file {@code name} (as in {@link #url}), if there is one. */
    public Optional<Fingerprinted> find(String name) {
        if (name.contains("..") || name.startsWith("/")) {
            return Optional.empty();
        }
        Fingerprinted known = byName.get(name);
        if (known != null) {
            return Optional.of(known);
        }
        String resource = HTMX.equals(name) ? htmxResource : "public/" + name;
        String hash = hashOf(resource);
        if (hash == null) {
            return Optional.empty();
        }
        int dot = name.lastIndexOf('.');
        String url = "/assets/" + name.substring(0, dot) + "." + hash + name.substring(dot);
        return Optional.of(byName.computeIfAbsent(name, n -> new Fingerprinted(resource, hash, url)));
    }

    /** The first 10 hex digits of the SHA-256 of the resource, {@code null} when there is no such resource. */
    private static String hashOf(String resource) {
        try (InputStream in = Assets.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                return null;
            }
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[16 * 1024];
            int n;
            while ((n = in.read(buffer)) != -1) {
                sha.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(sha.digest()).substring(0, 10);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String webjarVersion() {
        try (InputStream in = Assets.class.getClassLoader().getResourceAsStream(HTMX_POM)) {
            if (in == null) {
                throw new IllegalStateException("The htmx WebJar is missing from the classpath");
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
