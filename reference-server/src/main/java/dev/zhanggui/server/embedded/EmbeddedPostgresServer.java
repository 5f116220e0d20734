package dev.zhanggui.server.embedded;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

/**
 * A real PostgreSQL started from the binaries on the class path (zonky), for a server with no
 * database configured and for test runs without one. As root it runs initdb and postgres
 * through {@code unshare}, which zonky does by itself.
 *
 * <p>If something already answers on the port (the server's own PostgreSQL from a dev-mode
 * reload, or an earlier run still alive) it is reused rather than started twice on one data
 * directory.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(EmbeddedPostgresServer.class.getName());
    public static final String USER = "postgres";

    private final int port;
    private final EmbeddedPostgres postgres;

    private EmbeddedPostgresServer(int port, EmbeddedPostgres postgres) {
        this.port = port;
        this.postgres = postgres;
    }

    /**
     * Starts (or reuses) PostgreSQL on {@code port} with its data in {@code dataDir}.
     *
     * @param clean start from an empty data directory (tests) rather than keep what is there
     */
    public static EmbeddedPostgresServer start(Path dataDir, int port, boolean clean) throws IOException {
        if (!clean && answers(port)) {
            LOG.log(System.Logger.Level.INFO, "Reusing the PostgreSQL already running on port {0}", port);
            return new EmbeddedPostgresServer(port, null);
        }
        Files.createDirectories(dataDir.getParent());
        long started = System.nanoTime();
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setPort(port)
                .setDataDirectory(dataDir)
                .setCleanDataDirectory(clean)
                .setServerConfig("max_connections", "200")
                .setServerConfig("fsync", clean ? "off" : "on")
                .setServerConfig("synchronous_commit", clean ? "off" : "on")
                .setServerConfig("full_page_writes", clean ? "off" : "on")
                // A new database grows from empty: until its tables are first analyzed, the plans
                // PostgreSQL cached for prepared statements may scan a merchant's whole order table
                // through the wrong index. Autovacuum looks every 5 s instead of every minute, so
                // statistics (and with them the plans) follow within seconds; it costs a small
                // database next to nothing.
                .setServerConfig("autovacuum_naptime", "5s")
                .start();
        LOG.log(System.Logger.Level.INFO, "PostgreSQL started on port {0} in {1} ms (data in {2})", port,
                (System.nanoTime() - started) / 1_000_000, dataDir);
        EmbeddedPostgresServer server = new EmbeddedPostgresServer(port, postgres);
        Runtime.getRuntime().addShutdownHook(new Thread(server::close, "embedded-postgres-stop"));
        return server;
    }

    /** The database over TCP on localhost. */
    public String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + port + "/" + database;
    }

    /**
     * The database through the server's Unix domain socket when it has one this process can see
     * ({@link UnixDomainSocketFactory}), else over TCP. Asked of the server itself, so it holds
     * for a reused server too.
     */
    public String localJdbcUrl(String database) throws SQLException {
        Path socket = socketFile();
        if (socket == null) {
            return jdbcUrl(database);
        }
        return jdbcUrl(database) + "?socketFactory=" + UnixDomainSocketFactory.class.getName()
                + "&socketFactoryArg=" + URLEncoder.encode(socket.toString(), StandardCharsets.UTF_8);
    }

    /** The socket file in the first of the server's {@code unix_socket_directories}, if it is there. */
    private Path socketFile() throws SQLException {
        try (Connection c = connect(port, "postgres"); Statement s = c.createStatement();
             var rs = s.executeQuery("show unix_socket_directories")) {
            rs.next();
            for (String directory : rs.getString(1).split(",")) {
                String dir = directory.trim();
                if (dir.isEmpty() || dir.startsWith("@")) {
                    continue; // an abstract-namespace socket has no file to open
                }
                Path file = UnixDomainSocketFactory.socketFile(Path.of(dir), port);
                return Files.exists(file) ? file : null;
            }
            return null;
        }
    }

    /** Creates the database unless it exists. */
    public void createDatabaseIfMissing(String database) throws SQLException {
        try (Connection c = connect(port, "postgres");
             var exists = c.prepareStatement("select 1 from pg_database where datname = ?")) {
            exists.setString(1, database);
            try (var rs = exists.executeQuery()) {
                if (!rs.next()) {
                    try (Statement s = c.createStatement()) {
                        s.execute("create database \"" + database.replace("\"", "") + "\"");
                    }
                }
            }
        }
    }

    private static boolean answers(int port) {
        try (Connection ignored = connect(port, "postgres")) {
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    private static Connection connect(int port, String database) throws SQLException {
        Properties props = new Properties();
        props.setProperty("user", USER);
        props.setProperty("connectTimeout", "2");
        return DriverManager.getConnection("jdbc:postgresql://localhost:" + port + "/" + database, props);
    }

    @Override
    public synchronized void close() {
        if (postgres != null) {
            try {
                postgres.close();
            } catch (IOException | RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "Could not stop PostgreSQL cleanly", e);
            }
        }
    }
}
