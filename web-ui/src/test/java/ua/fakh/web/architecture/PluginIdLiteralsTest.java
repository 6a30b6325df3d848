package ua.fakh.web.architecture;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Nothing outside a plugin names it: no {@code "qtype_multichoice"} in a Java string, a template or a
 * script of another package, so a plugin can be removed or shipped as a jar without a search through
 * the code. ArchUnit sees classes, not string constants, so this reads the sources of every module.
 * Configuration files and message bundles may name plugins: choosing one is what they are for.
 */
class PluginIdLiteralsTest {
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final List<String> MODULES = List.of("core", "courses", "certificates", "web-ui");
    private static final Pattern PLUGIN_DIR = Pattern.compile(".*/src/main/java/ua/fakh/\\w+/plugins/([a-z][a-z0-9]*_[a-z0-9_]+)");
    private static final Pattern JAVA_STRING = Pattern.compile("\"(?:[^\"\\\\\\n]|\\\\.)*\"");

    @Test
    void noSourceNamesAPluginOutsideItsOwnPackage() throws IOException {
        List<Path> pluginDirs = pluginDirectories();
        assertThat(pluginDirs).as("plugin packages found under " + ROOT).isNotEmpty();
        List<String> found = new ArrayList<>();
        for (Path source : sources()) {
            String text = Files.readString(source);
            String searched = source.toString().endsWith(".java") ? javaStrings(text) : text;
            for (Path dir : pluginDirs) {
                String id = dir.getFileName().toString();
                if (!owns(dir, source) && Pattern.compile("(?<![a-z0-9_])" + id + "(?![a-z0-9_])").matcher(searched).find()) {
                    found.add(ROOT.relativize(source) + " names " + id);
                }
            }
        }
        assertThat(found).as("plugin ids outside their plugin's package").isEmpty();
    }

    /**
     * A plugin's package, and its own resources ({@code public/plugins/<id>/…}), may name it. Two kinds
     * of code name plugins because naming them is what they are: a question format is a mapping onto
     * question types (a GIFT "{T}" is {@code qtype_truefalse}, as in Moodle's {@code qformat_gift}), and
     * demo data, like a course package, says which lesson types its lessons have. And the OpenAPI
     * document's list of packages whose routes it documents ({@code @OpenAPIInclude} on the application)
     * names a plugin's package the way configuration names a plugin: choosing what is documented.
     */
    private static boolean owns(Path pluginDir, Path source) {
        String path = source.toString().replace('\\', '/');
        String id = pluginDir.getFileName().toString();
        return source.startsWith(pluginDir)
                || path.contains("/plugins/" + id + "/")
                || id.startsWith("qtype_") && path.contains("/plugins/qformat_")
                || path.contains("/src/main/java/ua/fakh/web/demo/")
                || path.endsWith("/src/main/java/ua/fakh/web/Application.java");
    }

    private static String javaStrings(String source) {
        StringBuilder strings = new StringBuilder();
        Matcher literal = JAVA_STRING.matcher(source.replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("//[^\\n]*", ""));
        while (literal.find()) {
            strings.append(literal.group()).append('\n');
        }
        return strings.toString();
    }

    private static List<Path> pluginDirectories() throws IOException {
        List<Path> dirs = new ArrayList<>();
        for (String module : MODULES) {
            try (Stream<Path> walk = Files.walk(ROOT.resolve(module).resolve("src/main/java"))) {
                walk.filter(Files::isDirectory).filter(p -> PLUGIN_DIR.matcher(p.toString().replace('\\', '/')).matches())
                        .forEach(dirs::add);
            }
        }
        return dirs;
    }

    private static List<Path> sources() {
        List<Path> files = new ArrayList<>();
        for (String module : MODULES) {
            try (Stream<Path> walk = Files.walk(ROOT.resolve(module).resolve("src/main"))) {
                walk.filter(Files::isRegularFile)
                        .filter(p -> p.toString().endsWith(".java") || p.toString().endsWith(".jte") || p.toString().endsWith(".js"))
                        .forEach(files::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return files;
    }
}
