package dev.zhanggui.sdk;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The packaged reference server (reference-server/target/quarkus-app) started as a child process
 * with its own embedded home (fresh each run), free ports and the payment sandbox, like
 * bench/checkout-load.sh; its log goes to target/sdk-server.log.
 */
final class ReferenceServer implements AutoCloseable {
    private final Process process;
    final URI baseUri;
    final URI tokenEndpoint;

    private ReferenceServer(Process process, int httpPort, int keycloakPort) {
        this.process = process;
        this.baseUri = URI.create("http://localhost:" + httpPort);
        this.tokenEndpoint = TokenSource.keycloakTokenEndpoint(URI.create("http://localhost:" + keycloakPort), "zhanggui");
    }

    static ReferenceServer start() throws Exception {
        Path jar = Path.of(System.getProperty("zhanggui.sdk.server-jar"));
        Path home = Path.of(System.getProperty("zhanggui.sdk.server-home"));
        Path log = Path.of(System.getProperty("zhanggui.sdk.server-log"));
        if (!Files.exists(jar)) {
            throw new IllegalStateException("no packaged server at " + jar + ": build reference-server first");
        }
        deleteRecursively(home);
        Files.createDirectories(home);
        int http = freePort(), pg = freePort(), kc = freePort();
        ProcessBuilder builder = new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx1g", "-jar", jar.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("ZHANGGUI_EMBEDDED_HOME", home.toString());
        builder.environment().put("ZHANGGUI_EMBEDDED_POSTGRES_PORT", String.valueOf(pg));
        builder.environment().put("ZHANGGUI_EMBEDDED_KEYCLOAK_PORT", String.valueOf(kc));
        builder.environment().put("QUARKUS_HTTP_PORT", String.valueOf(http));
        builder.environment().put("ZHANGGUI_PAYMENTS_SANDBOX_ENABLED", "true");
        ReferenceServer server = new ReferenceServer(builder.start(), http, kc);
        try {
            server.awaitReady(Duration.ofSeconds(240), log);
        } catch (Exception e) {
            server.close();
            throw e;
        }
        return server;
    }

    private void awaitReady(Duration timeout, Path log) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest ready = HttpRequest.newBuilder(baseUri.resolve("/q/health/ready")).timeout(Duration.ofSeconds(5)).build();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the reference server exited: see " + log);
            }
            try {
                if (http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(1000);
        }
        throw new IllegalStateException("the reference server was not ready in " + timeout + ": see " + log);
    }

    /** Stops the server and its children (embedded PostgreSQL and Keycloak). */
    @Override
    public void close() throws InterruptedException {
        var children = process.descendants().toList();
        process.destroy();
        if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
        children.forEach(ProcessHandle::destroy);
        for (ProcessHandle child : children) {
            child.onExit().completeOnTimeout(child, 20, java.util.concurrent.TimeUnit.SECONDS).join();
            if (child.isAlive()) {
                child.destroyForcibly();
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
