package uk.send.contract;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs Spectral (the npm package pinned in contract-checks/package.json and package-lock.json) with the
 * committed ruleset contract-checks/.spectral.yaml. Installs it with {@code npm ci} on first use; on a
 * machine without node and npm, {@link #available()} is false and the lint is reported as skipped.
 */
final class Spectral {

    record Result(int exitCode, String output) {
    }

    private static boolean installed;

    private Spectral() {
    }

    static Path dir() {
        return Documents.root().resolve("contract-checks");
    }

    static Path ruleset() {
        return dir().resolve(".spectral.yaml");
    }

    static boolean available() {
        return onPath("npm") && onPath("node");
    }

    /** Lints the documents; warnings fail as errors do (--fail-severity=warn). */
    static Result lint(Path... documents) throws IOException, InterruptedException {
        install();
        List<String> command = new ArrayList<>(List.of(dir().resolve("node_modules/.bin/spectral").toString(), "lint",
                "--ruleset", ruleset().toString(), "--fail-severity=warn", "--format", "text"));
        for (Path d : documents) {
            command.add(d.toString());
        }
        return run(command);
    }

    private static synchronized void install() throws IOException, InterruptedException {
        if (installed || Files.isExecutable(dir().resolve("node_modules/.bin/spectral"))) {
            installed = true;
            return;
        }
        Result npm = run(List.of("npm", "ci", "--no-audit", "--no-fund"));
        if (npm.exitCode() != 0) {
            throw new IllegalStateException("npm ci in contract-checks failed:\n" + npm.output());
        }
        installed = true;
    }

    private static Result run(List<String> command) throws IOException, InterruptedException {
        Path log = Files.createTempFile("spectral-", ".log");
        try {
            Process p = new ProcessBuilder(command).directory(dir().toFile()).redirectErrorStream(true)
                    .redirectOutput(log.toFile()).start();
            if (!p.waitFor(5, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                throw new IllegalStateException(String.join(" ", command) + " took over 5 minutes");
            }
            return new Result(p.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(log);
        }
    }

    private static boolean onPath(String program) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String dir : path.split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, program))) {
                return true;
            }
        }
        return false;
    }
}
