package ua.fakh.core.testing;

import org.junit.jupiter.api.Assumptions;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs a tool nobody here wrote (pdfsig, qpdf, unzip, or a Node package under {@code .ci/standards/<name>/})
 * on what Fakh produced, so a standard is judged by its own tool and not by our reading of it.
 *
 * <p>{@code ./mvnw verify} must pass on a machine with only a JDK, so a missing tool there skips the test
 * (JUnit reports it as skipped, with the reason). CI exports {@code FAKH_TOOLS_REQUIRED=true} after
 * installing every tool, and then a missing tool fails the test instead: CI never skips silently.
 */
public final class ExternalTool {
    private static final Duration TIMEOUT = Duration.ofMinutes(2);

    private ExternalTool() {
    }

    /** What the tool printed and how it ended. */
    public record Result(int exitCode, String stdout, String stderr) {
        public boolean succeeded() {
            return exitCode == 0;
        }

        /** Both streams, for assertion messages. */
        public String output() {
            return stdout + (stderr.isBlank() ? "" : "\n" + stderr);
        }
    }

    /** True when CI asked for every independent tool to be present. */
    public static boolean required() {
        return "true".equalsIgnoreCase(System.getenv("FAKH_TOOLS_REQUIRED"))
                || Boolean.getBoolean("fakh.tools.required");
    }

    /** Runs an executable from the PATH (e.g. {@code pdfsig}), skipping or failing when it is missing. */
    public static Result run(String executable, String... arguments) {
        Path found = onPath(executable);
        absentMeans(found == null, executable + " is not installed (Debian package; .ci/run installs it)");
        List<String> command = new ArrayList<>();
        command.add(found.toString());
        command.addAll(List.of(arguments));
        return execute(command, null);
    }

    /**
     * Runs a Node script of {@code .ci/standards/<tool>/} (its {@code package.json} pins the package; CI runs
     * {@code npm ci} there). {@code script} is a file in that directory, e.g. {@code parse.mjs}.
     */
    public static Result node(String tool, String script, String... arguments) {
        Path node = onPath("node");
        Path directory = standardsDirectory().resolve(tool);
        boolean installed = Files.isDirectory(directory.resolve("node_modules"));
        absentMeans(node == null || !installed,
                "node or .ci/standards/" + tool + "/node_modules is missing (run: npm ci --prefix .ci/standards/" + tool + ")");
        List<String> command = new ArrayList<>();
        command.add(node.toString());
        command.add(directory.resolve(script).toString());
        command.addAll(List.of(arguments));
        return execute(command, directory);
    }

    /** {@code .ci/standards} of this checkout, found by walking up from the module's directory. */
    public static Path standardsDirectory() {
        Path at = Path.of("").toAbsolutePath();
        while (at != null) {
            Path candidate = at.resolve(".ci").resolve("standards");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
            at = at.getParent();
        }
        throw new IllegalStateException(".ci/standards not found above " + Path.of("").toAbsolutePath());
    }

    private static void absentMeans(boolean absent, String why) {
        if (absent && required()) {
            throw new AssertionError("FAKH_TOOLS_REQUIRED is set but " + why);
        }
        Assumptions.assumeFalse(absent, why);
    }

    private static Path onPath(String executable) {
        String path = System.getenv().getOrDefault("PATH", "");
        for (String directory : path.split(java.io.File.pathSeparator)) {
            Path candidate = Path.of(directory, executable);
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    private static Result execute(List<String> command, Path workingDirectory) {
        try {
            Path out = Files.createTempFile("tool-out", ".txt");
            Path err = Files.createTempFile("tool-err", ".txt");
            try {
                ProcessBuilder builder = new ProcessBuilder(command)
                        .redirectOutput(out.toFile()).redirectError(err.toFile());
                if (workingDirectory != null) {
                    builder.directory(workingDirectory.toFile());
                }
                Process process = builder.start();
                if (!process.waitFor(TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                    throw new AssertionError(command.get(0) + " did not finish within " + TIMEOUT);
                }
                return new Result(process.exitValue(),
                        Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
            } finally {
                Files.deleteIfExists(out);
                Files.deleteIfExists(err);
            }
        } catch (IOException e) {
            throw new AssertionError("cannot run " + command, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while running " + command, e);
        }
    }
}
