package dev.zhanggui.server.embedded;

// EmbeddedKeycloak runs a real Keycloak (the official keycloak-quarkus-dist zip from Maven Central) as a child
// process on localhost, with the zhanggui realm imported. The dev server and the tests use it to get real OIDC
// tokens without Docker. It uses only the JDK, so a Quarkus app and a Quarkus test resource can both call it.

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ProxySelector;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Launches a real Keycloak as a child process and imports the {@value #REALM} realm.
 *
 * <pre>{@code
 * try (EmbeddedKeycloak keycloak = EmbeddedKeycloak.builder()
 *         .dataDir(Path.of("target/keycloak-data"))
 *         .httpPort(EmbeddedKeycloak.freePort())
 *         .realm(EmbeddedKeycloak.class.getResourceAsStream(EmbeddedKeycloak.REALM_RESOURCE))
 *         .build()
 *         .start()) {
 *     String issuer = keycloak.issuerUrl(); // http://localhost:<port>/realms/zhanggui
 * }
 * }</pre>
 *
 * <p>The distribution zip is taken from the local Maven repository (downloaded there if missing) and unpacked
 * once per version under {@code installRoot}. The database (H2 file) and the Keycloak log live in {@code dataDir}.
 * If something already serves the realm on the port, it is reused and not started again. Unix only (runs
 * {@code bin/kc.sh}).
 */
public final class EmbeddedKeycloak implements AutoCloseable {

    public static final String DEFAULT_VERSION = "26.5.6";
    public static final int DEFAULT_HTTP_PORT = 8180;
    public static final String REALM = "zhanggui";
    /** Classpath resource of the realm file, used when the builder is given no realm. */
    public static final String REALM_RESOURCE = "/keycloak/zhanggui-realm.json";

    private static final System.Logger LOG = System.getLogger(EmbeddedKeycloak.class.getName());
    private static final String MAVEN_CENTRAL = "https://repo.maven.apache.org/maven2/";
    private static final String DEFAULT_JVM_OPTIONS = "-Xms64m -Xmx512m";
    private static final String LOG_LEVEL = "WARN,org.keycloak:INFO,io.quarkus:INFO";
    /**
     * Build-time options. Keycloak re-augments itself (about 10-20 s, rewriting lib/quarkus) whenever they
     * differ from the previous start, so every start of a shared install must pass exactly these.
     */
    private static final List<String> BUILD_OPTIONS = List.of("--db=dev-file", "--cache=local");
    private static final String UNPACKED_MARKER = ".zhanggui-unpacked";
    private static final String AUGMENTED_MARKER = ".zhanggui-augmented";
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration POLL_INTERVAL = Duration.ofMillis(500);
    /** FileLock is per JVM, not per thread: this lock keeps two instances of one JVM apart. */
    private static final ReentrantLock JVM_INSTALL_LOCK = new ReentrantLock();
    private static final HttpClient LOCAL_HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2))
            .build();

    private final String version;
    private final Path distribution;
    private final Path installRoot;
    private final Path dataDir;
    private final int httpPort;
    private final int managementPort;
    private final byte[] realmJson;
    private final Duration startTimeout;
    private final Path javaHome;
    private final String jvmOptions;
    private final List<String> extraArgs;

    private volatile Process process;
    private volatile Thread shutdownHook;
    private volatile boolean reused;

    private EmbeddedKeycloak(Builder b) {
        this.version = b.version;
        this.distribution = b.distribution;
        this.installRoot = b.installRoot.toAbsolutePath().normalize();
        this.dataDir = b.dataDir.toAbsolutePath().normalize();
        this.httpPort = b.httpPort;
        this.managementPort = b.managementPort;
        this.realmJson = b.realmJson;
        this.startTimeout = b.startTimeout;
        this.javaHome = b.javaHome;
        this.jvmOptions = b.jvmOptions;
        this.extraArgs = List.copyOf(b.extraArgs);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A TCP port that was free a moment ago. */
    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("No free TCP port", e);
        }
    }

    // ---------------------------------------------------------------- public API

    /**
     * Starts Keycloak (installing it first if needed) and returns once the realm is served, or reuses a Keycloak
     * that already serves the realm on the port.
     *
     * @throws IllegalStateException if Keycloak does not become ready (the message ends with the log tail)
     * @throws UncheckedIOException on download, unpack or file errors
     */
    public synchronized EmbeddedKeycloak start() {
        if (process != null || reused) {
            return this;
        }
        Optional<String> existing = fetchDiscoveryDocument();
        if (existing.isPresent()) {
            reuse(existing.get());
            return this;
        }
        if (isPortInUse(httpPort)) {
            throw new IllegalStateException("Port " + httpPort + " is in use, but does not serve " + discoveryUrl());
        }
        try {
            installAndLaunch();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** Stops the Keycloak started by {@link #start()} (not a reused one) and waits until it has exited. */
    public synchronized void stop() {
        reused = false;
        Process p = process;
        if (p == null) {
            return;
        }
        process = null;
        removeShutdownHook();
        destroyProcessTree(p);
        info("Keycloak on port %d stopped", httpPort);
    }

    @Override
    public void close() {
        stop();
    }

    public String version() {
        return version;
    }

    public int httpPort() {
        return httpPort;
    }

    /** {@code http://localhost:<port>} */
    public String baseUrl() {
        return "http://localhost:" + httpPort;
    }

    /** {@code http://localhost:<port>/realms/zhanggui}, the {@code iss} of the tokens. */
    public String issuerUrl() {
        return baseUrl() + "/realms/" + REALM;
    }

    public Path dataDir() {
        return dataDir;
    }

    public Path logFile() {
        return dataDir.resolve("keycloak.log");
    }

    /** True if {@link #start()} found a Keycloak already serving the realm and did not start one. */
    public boolean isReused() {
        return reused;
    }

    public boolean isRunning() {
        Process p = process;
        return reused || (p != null && p.isAlive());
    }

    // ---------------------------------------------------------------- start

    private void reuse(String discoveryDocument) {
        reused = true;
        info("Keycloak already serves realm %s on port %d: reusing it, not starting another one", REALM, httpPort);
        if (!discoveryDocument.contains("\"issuer\":\"" + issuerUrl() + "\"")) {
            LOG.log(System.Logger.Level.WARNING, "The running Keycloak does not announce issuer " + issuerUrl()
                    + "; tokens it issues may be rejected");
        }
    }

    @SuppressWarnings("try") // the lock is only held, never referenced
    private void installAndLaunch() throws IOException {
        Files.createDirectories(dataDir);
        Path home;
        try (InstallLock ignored = InstallLock.acquire(installRoot.resolve(version + ".lock"))) {
            home = ensureInstalled();
            installRealmFile(home);
            if (!isAugmented(home)) {
                // The first start of an install re-augments Keycloak (rewrites lib/quarkus): hold the lock until
                // it is ready, so that a concurrent caller neither starts a half-rewritten install nor augments too.
                info("First start of Keycloak %s in %s: it configures itself first, this takes longer", version, home);
                launchAndAwaitReady(home);
                markAugmented(home);
                return;
            }
        }
        launchAndAwaitReady(home);
    }

    private void launchAndAwaitReady(Path home) throws IOException {
        long startNanos = System.nanoTime();
        Process p = launch(home);
        process = p;
        registerShutdownHook(p);
        try {
            awaitReady(p);
        } catch (RuntimeException e) {
            stop();
            throw e;
        }
        info("Keycloak %s ready at %s in %.1f s (pid %d, log %s)", version, issuerUrl(),
                (System.nanoTime() - startNanos) / 1e9, p.pid(), logFile());
    }

    private Process launch(Path home) throws IOException {
        List<String> command = command(home);
        LOG.log(System.Logger.Level.DEBUG, () -> "Starting " + String.join(" ", command));
        ProcessBuilder pb = new ProcessBuilder(command)
                .directory(home.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.to(logFile().toFile()))
                .redirectInput(ProcessBuilder.Redirect.from(nullDevice().toFile()));
        configureEnvironment(pb.environment());
        return pb.start();
    }

    /** The kc.sh command line: {@code start-dev} with the fixed build options and per-instance runtime options. */
    private List<String> command(Path home) {
        List<String> cmd = new ArrayList<>();
        cmd.add(home.resolve("bin").resolve("kc.sh").toString());
        cmd.add("start-dev");
        cmd.addAll(BUILD_OPTIONS);
        cmd.add("--http-port=" + httpPort);
        cmd.add("--hostname=" + baseUrl());
        cmd.add("--http-management-port=" + (managementPort > 0 ? managementPort : freePort()));
        cmd.add("--db-url=" + jdbcUrl());
        cmd.add("--import-realm");
        cmd.add("--log-level=" + LOG_LEVEL);
        cmd.add("--log-console-color=false");
        // Narayana's transaction log would otherwise sit in the shared install directory.
        cmd.add("-Dquarkus.transaction-manager.object-store.directory=" + dataDir.resolve("transaction-logs"));
        cmd.addAll(extraArgs);
        return cmd;
    }

    private String jdbcUrl() {
        return "jdbc:h2:file:" + dataDir.resolve("h2").resolve("keycloakdb") + ";NON_KEYWORDS=VALUE";
    }

    private void configureEnvironment(Map<String, String> env) {
        // Keep the caller's Keycloak/Quarkus/JVM settings out: they could change build options or the JVM.
        env.keySet().removeIf(key -> key.startsWith("KC_") || key.startsWith("QUARKUS_")
                || key.startsWith("JAVA_OPTS") || Set.of("JAVA", "JAVA_ADD_OPENS", "JAVA_LOCALE", "DEBUG",
                        "DEBUG_PORT", "DEBUG_SUSPEND", "PRINT_ENV").contains(key));
        env.put("JAVA_HOME", resolveJavaHome().toString());
        // kc.sh keeps its other JVM defaults and only replaces the heap settings with these.
        env.put("JAVA_OPTS_KC_HEAP", jvmOptions);
        // Needed by jboss-threads on Java 24+ (else errors when threads end); harmless on 21.
        env.put("JAVA_OPTS_APPEND", "--add-opens=java.base/java.lang=ALL-UNNAMED");
    }

    private Path resolveJavaHome() {
        if (javaHome != null) {
            return javaHome;
        }
        if (Runtime.version().feature() < 21) {
            throw new IllegalStateException("Keycloak needs Java 21+, this JVM is " + Runtime.version()
                    + "; run on Java 21+ or set javaHome(...)");
        }
        return Path.of(System.getProperty("java.home"));
    }

    private void awaitReady(Process p) {
        long deadline = System.nanoTime() + startTimeout.toNanos();
        while (fetchDiscoveryDocument().isEmpty()) {
            if (!p.isAlive()) {
                throw failure("Keycloak exited with code " + p.exitValue() + " before it was ready");
            }
            if (System.nanoTime() > deadline) {
                throw failure("Keycloak was not ready within " + startTimeout.toSeconds() + " s");
            }
            sleep(POLL_INTERVAL);
        }
    }

    private IllegalStateException failure(String message) {
        return new IllegalStateException(message + " (" + discoveryUrl() + ")\n--- last lines of " + logFile()
                + " ---\n" + tail(logFile(), 40));
    }

    // ---------------------------------------------------------------- install

    private Path ensureInstalled() throws IOException {
        Path installDir = installRoot.resolve(version);
        if (!Files.exists(installDir.resolve(UNPACKED_MARKER))) {
            unpack(locateDistribution(), installDir);
        }
        return installDir;
    }

    private Path locateDistribution() throws IOException {
        if (distribution != null) {
            if (!Files.isRegularFile(distribution)) {
                throw new IOException("Keycloak distribution not found: " + distribution);
            }
            return distribution;
        }
        String relative = "org/keycloak/keycloak-quarkus-dist/" + version + "/keycloak-quarkus-dist-" + version
                + ".zip";
        Path local = mavenRepository().resolve(relative);
        if (!Files.isRegularFile(local)) {
            download(URI.create(MAVEN_CENTRAL + relative), local);
        }
        return local;
    }

    private static Path mavenRepository() {
        String configured = System.getProperty("maven.repo.local");
        return configured != null && !configured.isBlank()
                ? Path.of(configured)
                : Path.of(System.getProperty("user.home"), ".m2", "repository");
    }

    private static void download(URI uri, Path target) throws IOException {
        Files.createDirectories(target.getParent());
        Path part = Files.createTempFile(target.getParent(), target.getFileName() + ".", ".part");
        long startNanos = System.nanoTime();
        info("Downloading %s to %s", uri, target);
        try (HttpClient http = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NORMAL)
                .proxy(ProxySelector.getDefault())
                .connectTimeout(Duration.ofSeconds(30))
                .build()) {
            HttpResponse<Path> response = send(http, uri, HttpResponse.BodyHandlers.ofFile(part));
            if (response.statusCode() != 200) {
                throw new IOException("HTTP " + response.statusCode() + " for " + uri);
            }
            verifySha1(http, uri, part);
            moveAtomically(part, target);
            info("Downloaded %s in %.1f s", target.getFileName(), (System.nanoTime() - startNanos) / 1e9);
        } finally {
            Files.deleteIfExists(part);
        }
    }

    private static void verifySha1(HttpClient http, URI uri, Path file) throws IOException {
        URI sha1Uri = URI.create(uri + ".sha1");
        HttpResponse<String> response = send(http, sha1Uri, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            LOG.log(System.Logger.Level.WARNING, "No checksum at " + sha1Uri + ", download not verified");
            return;
        }
        String expected = response.body().trim().split("\\s+")[0];
        String actual = sha1(file);
        if (!expected.equalsIgnoreCase(actual)) {
            throw new IOException("Checksum mismatch for " + uri + ": expected " + expected + ", got " + actual);
        }
    }

    private static String sha1(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-1");
            byte[] buffer = new byte[1 << 16];
            for (int n; (n = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Unpacks into a sibling temp directory, then renames it into place, so a half-unpacked install never shows. */
    private void unpack(Path zip, Path installDir) throws IOException {
        long startNanos = System.nanoTime();
        info("Unpacking %s to %s", zip, installDir);
        Path temp = installDir.resolveSibling(installDir.getFileName() + ".unpacking-" + ProcessHandle.current().pid());
        deleteRecursively(temp);
        extractWithoutTopDirectory(zip, temp);
        makeScriptsExecutable(temp.resolve("bin"));
        Files.writeString(temp.resolve(UNPACKED_MARKER), version);
        deleteRecursively(installDir); // left over from an interrupted run (no marker)
        moveAtomically(temp, installDir);
        info("Unpacked Keycloak %s in %.1f s", version, (System.nanoTime() - startNanos) / 1e9);
    }

    private static void extractWithoutTopDirectory(Path zip, Path target) throws IOException {
        try (ZipFile zipFile = new ZipFile(zip.toFile())) {
            Enumeration<? extends ZipEntry> entries = zipFile.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                String name = entry.getName().substring(entry.getName().indexOf('/') + 1); // keycloak-<v>/...
                if (name.isEmpty()) {
                    continue;
                }
                Path out = target.resolve(name).normalize();
                if (!out.startsWith(target)) {
                    throw new IOException("Unexpected zip entry " + entry.getName() + " in " + zip);
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(out);
                } else {
                    Files.createDirectories(out.getParent());
                    try (InputStream in = zipFile.getInputStream(entry)) {
                        Files.copy(in, out);
                    }
                }
            }
        }
    }

    /** java.util.zip does not restore Unix modes. */
    private static void makeScriptsExecutable(Path binDir) throws IOException {
        try (DirectoryStream<Path> scripts = Files.newDirectoryStream(binDir, "*.sh")) {
            for (Path script : scripts) {
                try {
                    Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(script);
                    permissions.addAll(Set.of(PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.GROUP_EXECUTE,
                            PosixFilePermission.OTHERS_EXECUTE));
                    Files.setPosixFilePermissions(script, permissions);
                } catch (UnsupportedOperationException e) {
                    if (!script.toFile().setExecutable(true, false)) {
                        throw new IOException("Cannot make " + script + " executable");
                    }
                }
            }
        }
    }

    /** Keycloak imports {@code data/import/*-realm.json} at start and skips realms that already exist. */
    private void installRealmFile(Path home) throws IOException {
        Path importDir = Files.createDirectories(home.resolve("data").resolve("import"));
        Path target = importDir.resolve(REALM + "-realm.json");
        if (Files.isRegularFile(target) && Arrays.equals(Files.readAllBytes(target), realmJson)) {
            return;
        }
        Path temp = Files.createTempFile(importDir, "." + REALM, ".tmp");
        Files.write(temp, realmJson);
        moveAtomically(temp, target);
    }

    private boolean isAugmented(Path home) throws IOException {
        Path marker = home.resolve(AUGMENTED_MARKER);
        return Files.isRegularFile(marker) && Files.readString(marker).equals(String.join(" ", BUILD_OPTIONS));
    }

    private void markAugmented(Path home) throws IOException {
        Files.writeString(home.resolve(AUGMENTED_MARKER), String.join(" ", BUILD_OPTIONS));
    }

    // ---------------------------------------------------------------- stop

    private void registerShutdownHook(Process p) {
        // Captures the process, not this object: it must not wait for a start() that holds the monitor.
        Thread hook = new Thread(() -> destroyProcessTree(p), "embedded-keycloak-shutdown-" + httpPort);
        Runtime.getRuntime().addShutdownHook(hook);
        shutdownHook = hook;
    }

    private void removeShutdownHook() {
        Thread hook = shutdownHook;
        shutdownHook = null;
        if (hook != null && hook != Thread.currentThread()) {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException alreadyShuttingDown) {
                // the hook runs (or ran) anyway
            }
        }
    }

    /** kc.sh runs Keycloak in a child java process: terminate the descendants first, then kc.sh itself. */
    private static void destroyProcessTree(Process p) {
        List<ProcessHandle> all = new ArrayList<>(p.descendants().toList());
        all.forEach(ProcessHandle::destroy); // SIGTERM: Keycloak shuts down cleanly and closes its H2 database
        p.destroy();
        all.add(p.toHandle());
        if (!awaitExit(all, STOP_TIMEOUT)) {
            LOG.log(System.Logger.Level.WARNING, "Keycloak did not stop within " + STOP_TIMEOUT.toSeconds()
                    + " s, killing it");
            all.forEach(ProcessHandle::destroyForcibly);
            awaitExit(all, Duration.ofSeconds(10));
        }
    }

    private static boolean awaitExit(List<ProcessHandle> processes, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        for (ProcessHandle handle : processes) {
            try {
                handle.onExit().get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (TimeoutException e) {
                return false;
            } catch (ExecutionException e) {
                return !handle.isAlive();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return true;
    }

    // ---------------------------------------------------------------- helpers

    private String discoveryUrl() {
        return issuerUrl() + "/.well-known/openid-configuration";
    }

    /** The realm's OpenID discovery document if something on the port serves it. */
    private Optional<String> fetchDiscoveryDocument() {
        HttpRequest request = HttpRequest.newBuilder(URI.create(discoveryUrl())).timeout(Duration.ofSeconds(5))
                .GET().build();
        try {
            HttpResponse<String> response = LOCAL_HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 ? Optional.of(response.body()) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for Keycloak", e);
        }
    }

    private static <T> HttpResponse<T> send(HttpClient http, URI uri, HttpResponse.BodyHandler<T> handler)
            throws IOException {
        try {
            return http.send(HttpRequest.newBuilder(uri).GET().build(), handler);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while downloading " + uri, e);
        }
    }

    private static boolean isPortInUse(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("localhost", port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static void moveAtomically(Path source, Path target) throws IOException {
        try {
            Files.move(source, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(source, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    /** The last lines of a (possibly large) log file. */
    private static String tail(Path file, int lines) {
        try (SeekableByteChannel channel = Files.newByteChannel(file, StandardOpenOption.READ)) {
            int length = (int) Math.min(channel.size(), 64 * 1024);
            ByteBuffer buffer = ByteBuffer.allocate(length);
            channel.position(channel.size() - length);
            while (buffer.hasRemaining() && channel.read(buffer) > 0) {
                // read until full
            }
            List<String> all = new String(buffer.array(), 0, buffer.position(), StandardCharsets.UTF_8).lines()
                    .toList();
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return "(cannot read " + file + ": " + e + ")";
        }
    }

    private static Path nullDevice() {
        return Path.of(System.getProperty("os.name").startsWith("Windows") ? "NUL" : "/dev/null");
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for Keycloak", e);
        }
    }

    /** Formats eagerly with String.format: System.Logger's MessageFormat would print port 8180 as "8,180". */
    private static void info(String format, Object... args) {
        LOG.log(System.Logger.Level.INFO, () -> String.format(format, args));
    }

    /** The install lock: a lock file for other processes plus a JVM-wide lock for other threads. */
    private record InstallLock(FileChannel channel, FileLock fileLock) implements AutoCloseable {

        static InstallLock acquire(Path lockFile) throws IOException {
            Files.createDirectories(lockFile.getParent());
            JVM_INSTALL_LOCK.lock();
            try {
                FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                try {
                    FileLock fileLock = channel.tryLock();
                    if (fileLock == null) {
                        info("Waiting for another process that installs or first starts Keycloak (%s)", lockFile);
                        fileLock = channel.lock();
                    }
                    return new InstallLock(channel, fileLock);
                } catch (IOException | RuntimeException e) {
                    channel.close();
                    throw e;
                }
            } catch (IOException | RuntimeException e) {
                JVM_INSTALL_LOCK.unlock();
                throw e;
            }
        }

        @Override
        public void close() throws IOException {
            try {
                fileLock.release();
                channel.close();
            } finally {
                JVM_INSTALL_LOCK.unlock();
            }
        }
    }

    // ---------------------------------------------------------------- builder

    public static final class Builder {

        private String version = DEFAULT_VERSION;
        private Path distribution;
        private Path installRoot = Path.of(System.getProperty("user.home"), ".zhanggui", "keycloak");
        private Path dataDir = Path.of(System.getProperty("user.home"), ".zhanggui", "keycloak-data");
        private int httpPort = DEFAULT_HTTP_PORT;
        private int managementPort;
        private byte[] realmJson;
        private Duration startTimeout = Duration.ofSeconds(180);
        private Path javaHome;
        private String jvmOptions = DEFAULT_JVM_OPTIONS;
        private final List<String> extraArgs = new ArrayList<>();

        private Builder() {
        }

        /** Keycloak version, default {@value #DEFAULT_VERSION}. */
        public Builder version(String version) {
            this.version = Objects.requireNonNull(version);
            return this;
        }

        /** An explicit keycloak-quarkus-dist zip; default: the local Maven repository, downloaded if missing. */
        public Builder distribution(Path zip) {
            this.distribution = zip;
            return this;
        }

        /** Where versions are unpacked ({@code <root>/<version>}), default {@code ~/.zhanggui/keycloak}. */
        public Builder installRoot(Path installRoot) {
            this.installRoot = Objects.requireNonNull(installRoot);
            return this;
        }

        /** H2 database, transaction log and keycloak.log; default {@code ~/.zhanggui/keycloak-data}. */
        public Builder dataDir(Path dataDir) {
            this.dataDir = Objects.requireNonNull(dataDir);
            return this;
        }

        /** HTTP port, default {@value #DEFAULT_HTTP_PORT}. */
        public Builder httpPort(int httpPort) {
            this.httpPort = checkPort(httpPort);
            return this;
        }

        /** Management (health/metrics) port; default: a free port, so that Keycloak's 9000 never clashes. */
        public Builder managementPort(int managementPort) {
            this.managementPort = checkPort(managementPort);
            return this;
        }

        /** The realm file to import; default: the classpath resource {@value #REALM_RESOURCE}. */
        public Builder realm(Path realmFile) {
            try {
                this.realmJson = Files.readAllBytes(realmFile);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return this;
        }

        /** The realm file to import, read (and closed) now. */
        public Builder realm(InputStream realmJson) {
            Objects.requireNonNull(realmJson, "realm stream is null (resource missing?)");
            try (InputStream in = realmJson) {
                this.realmJson = in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return this;
        }

        /** How long {@link #start()} waits for the realm to be served, default 180 s. */
        public Builder startTimeout(Duration startTimeout) {
            this.startTimeout = Objects.requireNonNull(startTimeout);
            return this;
        }

        /** JDK 21+ that runs Keycloak; default: the JDK of this process. */
        public Builder javaHome(Path javaHome) {
            this.javaHome = javaHome;
            return this;
        }

        /** JVM options replacing kc.sh's heap settings (its other defaults stay), default "-Xms64m -Xmx512m". */
        public Builder jvmOptions(String jvmOptions) {
            this.jvmOptions = Objects.requireNonNull(jvmOptions);
            return this;
        }

        /** More kc.sh options. Only runtime options: a build-time option makes Keycloak re-augment. */
        public Builder extraArgs(String... args) {
            this.extraArgs.addAll(List.of(args));
            return this;
        }

        public EmbeddedKeycloak build() {
            if (realmJson == null) {
                InputStream resource = EmbeddedKeycloak.class.getResourceAsStream(REALM_RESOURCE);
                if (resource == null) {
                    throw new IllegalStateException("No realm given and no classpath resource " + REALM_RESOURCE);
                }
                realm(resource);
            }
            return new EmbeddedKeycloak(this);
        }

        private static int checkPort(int port) {
            if (port < 1 || port > 65535) {
                throw new IllegalArgumentException("Invalid port " + port);
            }
            return port;
        }
    }
}
