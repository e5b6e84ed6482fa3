package uk.send.devstack.suite;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Which roles each operation allows, read from the service's own code: the {@code @RolesAllowed} on the
 * resource method (or its class) that carries {@code @Operation(operationId = ...)}. Reading the code,
 * not a list kept by hand, is what keeps a new endpoint covered by the role matrix the day it is added.
 * Annotations are matched by name so that this jar needs neither API at compile time.
 */
final class OperationRoles {

    /** Marks an operation open to any caller with a valid token and a role ({@code @PermitAll}, {@code @Authenticated}). */
    static final Set<String> ANY_ROLE = Set.of("*");

    private static final String OPERATION = "org.eclipse.microprofile.openapi.annotations.Operation";
    private static final String ROLES_ALLOWED = "jakarta.annotation.security.RolesAllowed";
    private static final String PERMIT_ALL = "jakarta.annotation.security.PermitAll";
    /** Quarkus' {@code @Authenticated}: any caller with a valid token (platform-common's TokenRules add: and a known role). */
    private static final String AUTHENTICATED = "io.quarkus.security.Authenticated";
    private static final String PATH = "jakarta.ws.rs.Path";

    private OperationRoles() {
    }

    /**
     * operationId to allowed roles, for every resource class compiled next to the given test class
     * ({@code target/classes} beside its {@code target/test-classes}).
     */
    static Map<String, Set<String>> of(Class<?> testClass) {
        Map<String, Set<String>> roles = new HashMap<>();
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        Path classes = mainClasses(testClass);
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class") && !f.toString().contains("$")).toList()) {
                String name = classes.relativize(file).toString().replace('/', '.').replace(".class", "");
                Class<?> type;
                try {
                    type = Class.forName(name, false, loader);
                } catch (ClassNotFoundException | LinkageError e) {
                    continue;
                }
                if (annotation(type.getAnnotations(), PATH) != null) {
                    collect(type, roles);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return roles;
    }

    private static void collect(Class<?> type, Map<String, Set<String>> roles) {
        Set<String> classRoles = declared(type.getAnnotations());
        for (Method method : type.getDeclaredMethods()) {
            Annotation operation = annotation(method.getAnnotations(), OPERATION);
            if (operation == null) {
                continue;
            }
            String id = (String) value(operation, "operationId");
            Set<String> methodRoles = declared(method.getAnnotations());
            Set<String> allowed = methodRoles != null ? methodRoles : classRoles;
            if (allowed != null) {
                roles.put(id, allowed);
            }
        }
    }

    private static Set<String> declared(Annotation[] annotations) {
        if (annotation(annotations, PERMIT_ALL) != null || annotation(annotations, AUTHENTICATED) != null) {
            return ANY_ROLE;
        }
        Annotation rolesAllowed = annotation(annotations, ROLES_ALLOWED);
        return rolesAllowed == null ? null : new LinkedHashSet<>(List.of((String[]) value(rolesAllowed, "value")));
    }

    private static Annotation annotation(Annotation[] annotations, String name) {
        for (Annotation a : annotations) {
            if (a.annotationType().getName().equals(name)) {
                return a;
            }
        }
        return null;
    }

    private static Object value(Annotation annotation, String attribute) {
        try {
            return annotation.annotationType().getMethod(attribute).invoke(annotation);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Path mainClasses(Class<?> testClass) {
        try {
            Path testClasses = Path.of(testClass.getProtectionDomain().getCodeSource().getLocation().toURI());
            return testClasses.resolveSibling("classes");
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
