package ua.fakh.web.pwa;

import jakarta.inject.Singleton;
import ua.fakh.web.page.Assets;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The service worker's source: the template {@code pwa/sw.js} with the shell's files (at their
 * fingerprinted addresses) and the scripts it imports filled in. Its cache is
 * {@code fakh-shell-<version>}, the version a hash of the template and of every shell file's hash,
 * so a changed file gives a changed worker, which the browser installs in place of the old one.
 * Built once: the files on the classpath do not change while the application runs.
 */
@Singleton
class ServiceWorkerScript {
    static final String OFFLINE_PAGE = "/offline";
    /** Stored by the worker when it installs: what the offline page needs, and the app's icon (outbox.js once it exists). */
    private static final List<String> SHELL_ASSETS = List.of("fakh.css", "pwa.js", "offline-page.js", "fakh-db.js",
            "outbox.js", "favicon.svg", "icons/fakh-192.png");
    /** Imported into the worker, those that exist. */
    private static final List<String> IMPORTED = List.of("fakh-db.js", "outbox.js");
    /** The offline page's words: a change to them must reach the stored copy too. */
    private static final List<String> BUNDLES = List.of("i18n/messages.properties", "i18n/messages_uk.properties");

    private final String version;
    private final String source;

    ServiceWorkerScript(Assets assets) {
        String template = read("pwa/sw.js");
        List<Assets.Fingerprinted> shell = SHELL_ASSETS.stream().map(assets::find).flatMap(Optional::stream).toList();
        List<String> imports = IMPORTED.stream().map(assets::find).flatMap(Optional::stream).map(Assets.Fingerprinted::url).toList();
        this.version = hash(template + shell.stream().map(Assets.Fingerprinted::hash).collect(Collectors.joining(","))
                + BUNDLES.stream().map(ServiceWorkerScript::read).collect(Collectors.joining()));
        List<String> urls = new ArrayList<>(shell.stream().map(Assets.Fingerprinted::url).toList());
        urls.add(OFFLINE_PAGE);
        this.source = template.replace("__VERSION__", version)
                .replace("__SHELL_FILES__", jsArray(urls))
                .replace("__IMPORTS__", jsArray(imports));
    }

    String version() {
        return version;
    }

    String source() {
        return source;
    }

    /** Addresses are ours (paths of files and routes), so they hold no quote or backslash to escape. */
    private static String jsArray(List<String> urls) {
        return urls.stream().map(u -> "'" + u + "'").collect(Collectors.joining(", ", "[", "]"));
    }

    private static String read(String resource) {
        try (InputStream in = ServiceWorkerScript.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, 10);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
