package ua.fakh.core.plugins;

import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;

/**
 * Builds a plugin jar the way a third party would: Java sources compiled against Fakh (the test
 * class path) with Micronaut's annotation processor, plus resources, packed into one jar.
 */
public final class PluginJar {
    private PluginJar() {
    }

    /**
     * @param sources   class name → Java source
     * @param resources path inside the jar → UTF-8 text
     * @return the jar, written under {@code workDir}
     */
    public static Path build(Path workDir, String name, Map<String, String> sources, Map<String, String> resources)
            throws IOException {
        Path classes = Files.createDirectories(workDir.resolve(name + "-classes"));
        compile(classes, sources);
        for (Map.Entry<String, String> resource : resources.entrySet()) {
            Path file = classes.resolve(resource.getKey());
            Files.createDirectories(file.getParent());
            Files.writeString(file, resource.getValue(), StandardCharsets.UTF_8);
        }
        Path jar = workDir.resolve(name + ".jar");
        pack(classes, jar);
        return jar;
    }

    private static void compile(Path classes, Map<String, String> sources) {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        if (javac == null) {
            throw new IllegalStateException("Tests must run on a JDK: no system Java compiler");
        }
        String classPath = System.getProperty("java.class.path");
        List<String> options = List.of(
                "-d", classes.toString(),
                "-classpath", classPath,
                // an explicit processor path: JDK 23+ no longer runs processors found on the class path
                "-processorpath", classPath,
                "-Amicronaut.processing.group=org.example",
                "-Amicronaut.processing.module=" + classes.getFileName(),
                "-encoding", "UTF-8");
        List<JavaFileObject> units = new ArrayList<>();
        sources.forEach((className, code) -> units.add(new Source(className, code)));
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        boolean compiled = javac.getTask(null, null, diagnostics, options, null, units).call();
        if (!compiled) {
            throw new IllegalStateException("The plugin did not compile: " + diagnostics.getDiagnostics());
        }
    }

    private static void pack(Path classes, Path jar) throws IOException {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        try (OutputStream file = Files.newOutputStream(jar);
             JarOutputStream out = new JarOutputStream(file, manifest);
             Stream<Path> files = Files.walk(classes)) {
            for (Path path : files.filter(p -> !p.equals(classes)).sorted().toList()) {
                String name = classes.relativize(path).toString().replace('\\', '/');
                // directory entries too, as the jar tool writes them: Micronaut finds bean definitions
                // by asking the class loader for the directory META-INF/micronaut/<service>
                if (Files.isDirectory(path)) {
                    out.putNextEntry(new JarEntry(name + "/"));
                } else {
                    out.putNextEntry(new JarEntry(name));
                    Files.copy(path, out);
                }
                out.closeEntry();
            }
        }
    }

    private static final class Source extends SimpleJavaFileObject {
        private final String code;

        Source(String className, String code) {
            super(URI.create("string:///" + className.replace('.', '/') + Kind.SOURCE.extension), Kind.SOURCE);
            this.code = code;
        }

        @Override
        public CharSequence getCharContent(boolean ignoreEncodingErrors) {
            return code;
        }
    }
}
