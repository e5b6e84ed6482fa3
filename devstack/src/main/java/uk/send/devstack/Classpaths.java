package uk.send.devstack;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where things are: the devstack's own runtime classpath (written at build time) and the project root. */
public final class Classpaths {

    private Classpaths() {
    }

    /** The jars of this module's runtime dependencies, including the optional Kafka broker jars. */
    public static String devstackRuntime() {
        try (InputStream in = Classpaths.class.getResourceAsStream("/devstack/runtime.classpath")) {
            if (in == null) {
                throw new IllegalStateException("devstack/runtime.classpath is missing: build the devstack module with Maven first");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The java executable of the running JVM, so that child JVMs use the same JDK. */
    public static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** The repository root: -Dsend.root, else the nearest parent of the working directory holding mvnw. */
    public static Path projectRoot() {
        String configured = System.getProperty("send.root");
        if (configured != null) {
            return Path.of(configured).toAbsolutePath().normalize();
        }
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null) {
            if (Files.exists(dir.resolve("mvnw")) && Files.exists(dir.resolve("plan-service"))) {
                return dir;
            }
            dir = dir.getParent();
        }
        throw new IllegalStateException("Cannot find the project root (a folder with mvnw); set -Dsend.root");
    }
}
