package dev.zhanggui.server.embedded;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

import java.net.SocketTimeoutException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The embedded PostgreSQL is reached through its Unix domain socket, as the server does it: real
 * statements, large values both ways, the driver's read timeout, {@code isValid} and waiting for
 * notifications.
 */
class UnixDomainSocketFactoryTest {
    private static EmbeddedPostgresServer postgres;
    private static String url;

    @BeforeAll
    static void start() throws Exception {
        postgres = EmbeddedPostgresServer.start(Path.of("target", "socket-test", "postgres").toAbsolutePath(),
                EmbeddedKeycloak.freePort(), true);
        url = postgres.localJdbcUrl("postgres");
    }

    @AfterAll
    static void stop() {
        if (postgres != null) {
            postgres.close();
        }
    }

    private static Connection connect() throws SQLException {
        Properties props = new Properties();
        props.setProperty("user", EmbeddedPostgresServer.USER);
        return DriverManager.getConnection(url, props);
    }

    @Test
    void the_local_url_goes_through_the_socket_file() throws SQLException {
        assertThat(url).contains("socketFactory=" + UnixDomainSocketFactory.class.getName()).contains("socketFactoryArg=");
        try (Connection c = connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select inet_server_addr() is null, current_setting('port')")) {
            rs.next();
            assertThat(rs.getBoolean(1)).as("no server address: not a TCP connection").isTrue();
            assertThat(url).contains(".s.PGSQL." + rs.getString(2));
        }
    }

    @Test
    void large_values_travel_whole_in_both_directions() throws SQLException {
        String big = "掌柜".repeat(600_000); // 3.6 MB of UTF-8, far beyond one socket buffer
        try (Connection c = connect(); PreparedStatement s = c.prepareStatement("select length(?), md5(?), repeat('x', 2000000)")) {
            s.setString(1, big);
            s.setString(2, big);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                assertThat(rs.getInt(1)).isEqualTo(big.length());
                assertThat(rs.getString(2)).hasSize(32);
                assertThat(rs.getString(3)).hasSize(2_000_000);
            }
        }
    }

    @Test
    void a_statement_slower_than_the_network_timeout_fails_with_a_timeout() throws SQLException {
        ExecutorService executor = Executors.newSingleThreadExecutor();
        try (Connection c = connect(); Statement s = c.createStatement()) {
            assertThat(c.isValid(1)).isTrue();
            c.setNetworkTimeout(executor, 300);
            long started = System.nanoTime();
            assertThatThrownBy(() -> s.execute("select pg_sleep(3)"))
                    .isInstanceOf(SQLException.class)
                    .hasRootCauseInstanceOf(SocketTimeoutException.class);
            assertThat((System.nanoTime() - started) / 1_000_000).isBetween(250L, 2_500L);
            assertThat(c.isClosed()).as("the driver gives up a connection that timed out").isTrue();
        } finally {
            executor.shutdownNow();
        }
    }

    @Test
    void notifications_are_waited_for_with_a_timeout_and_then_arrive() throws SQLException {
        try (Connection listener = connect(); Connection sender = connect()) {
            try (Statement s = listener.createStatement()) {
                s.execute("LISTEN socket_test");
            }
            PGConnection pg = listener.unwrap(PGConnection.class);
            long started = System.nanoTime();
            PGNotification[] none = pg.getNotifications(200);
            assertThat(none == null ? 0 : none.length).isZero();
            assertThat((System.nanoTime() - started) / 1_000_000).isGreaterThanOrEqualTo(150L);
            assertThat(listener.isValid(1)).isTrue();

            try (Statement s = sender.createStatement()) {
                s.execute("NOTIFY socket_test, 'm-1'");
            }
            PGNotification[] some = pg.getNotifications(5_000);
            assertThat(some).extracting(PGNotification::getParameter).containsExactly("m-1");
            try (Statement s = listener.createStatement(); ResultSet rs = s.executeQuery("select 42")) {
                rs.next();
                assertThat(rs.getInt(1)).as("the connection is blocking and usable again").isEqualTo(42);
            }
        }
    }
}
