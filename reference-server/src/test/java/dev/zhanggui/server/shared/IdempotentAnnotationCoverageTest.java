package dev.zhanggui.server.shared;

import dev.zhanggui.rest.customer.CustomerResource;
import dev.zhanggui.rest.customer.MeResource;
import dev.zhanggui.rest.shared.Idempotent;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.Test;

import java.io.File;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every mutating REST operation honours {@code Idempotency-Key}: each method of the REST API
 * module annotated POST, PUT, PATCH or DELETE carries {@link Idempotent} and returns a
 * {@link Response} (which the interceptor stores for replays). The classes are found by walking
 * the module's compiled classes, so a new resource cannot slip past.
 */
class IdempotentAnnotationCoverageTest {
    private static final List<Class<? extends Annotation>> MUTATING = List.of(POST.class, PUT.class, PATCH.class,
            DELETE.class);
    private static final String REST_PACKAGE = "dev/zhanggui/rest/";

    @Test
    void every_mutating_rest_operation_is_idempotent_and_returns_a_response() throws Exception {
        List<Class<?>> classes = restApiClasses();
        List<Method> mutating = classes.stream().flatMap(c -> Arrays.stream(c.getDeclaredMethods()))
                .filter(m -> MUTATING.stream().anyMatch(m::isAnnotationPresent)).toList();

        assertThat(classes).as("the scan finds the resources").contains(MeResource.class, CustomerResource.class);
        assertThat(mutating).as("the scan finds mutating operations").isNotEmpty();
        assertThat(mutating).allSatisfy(m -> {
            assertThat(m.isAnnotationPresent(Idempotent.class)
                    || m.getDeclaringClass().isAnnotationPresent(Idempotent.class))
                    .as("%s.%s is @Idempotent", m.getDeclaringClass().getSimpleName(), m.getName()).isTrue();
            assertThat(m.getReturnType())
                    .as("%s.%s returns a Response", m.getDeclaringClass().getSimpleName(), m.getName())
                    .isEqualTo(Response.class);
        });
    }

    /** All classes of the REST API module, from its directory or jar. */
    private static List<Class<?>> restApiClasses() throws Exception {
        return classFileNames(codeSourceOf(MeResource.class))
                .filter(name -> name.startsWith(REST_PACKAGE) && name.endsWith(".class"))
                .map(name -> name.substring(0, name.length() - ".class".length()).replace('/', '.'))
                .<Class<?>>map(IdempotentAnnotationCoverageTest::load)
                .toList();
    }

    private static Path codeSourceOf(Class<?> type) throws URISyntaxException {
        return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    }

    private static Stream<String> classFileNames(Path root) throws Exception {
        if (Files.isDirectory(root)) {
            try (Stream<Path> files = Files.walk(root)) {
                return files.map(f -> root.relativize(f).toString().replace(File.separatorChar, '/')).toList().stream();
            }
        }
        try (JarFile jar = new JarFile(root.toFile())) {
            return jar.stream().map(JarEntry::getName).toList().stream();
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, MeResource.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
