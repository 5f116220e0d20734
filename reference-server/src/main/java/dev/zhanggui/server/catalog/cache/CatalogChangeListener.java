package dev.zhanggui.server.catalog.cache;

import io.quarkus.logging.Log;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.ConfigProvider;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The catalog's generation per merchant, moved by PostgreSQL's {@code catalog_changed}
 * notifications (migration V22: a trigger on every table the public catalog queries read). A
 * cached answer is good while its merchant's generation is the one it was computed at.
 *
 * <p>The listener holds one connection of its own (outside the pools) on a daemon thread. While
 * it is not listening, nothing is {@link #listening()}, and the cache serves nothing; each time it
 * (re)connects it moves every generation, since changes may have gone unheard meanwhile.
 */
@ApplicationScoped
public class CatalogChangeListener {
    static final String CHANNEL = "catalog_changed";
    private static final Duration RETRY = Duration.ofSeconds(2);

    private final ConcurrentHashMap<String, AtomicLong> generations = new ConcurrentHashMap<>();
    /** Moves on every (re)connection: part of every generation, so all of them change at once. */
    private final AtomicLong epoch = new AtomicLong();
    private volatile boolean listening;
    private volatile boolean stopped;
    private volatile Thread thread;

    /** Starts listening, unless it already does. */
    synchronized void start() {
        if (thread != null || stopped) {
            return;
        }
        Thread listener = new Thread(this::run, "catalog-change-listener");
        listener.setDaemon(true);
        thread = listener;
        listener.start();
    }

    void stop(@Observes ShutdownEvent shutdown) {
        stopped = true;
        Thread listener = thread;
        if (listener != null) {
            listener.interrupt();
        }
    }

    /** Whether changes are being heard now: only then may cached answers be served. */
    public boolean listening() {
        return listening;
    }

    /** The merchant's catalog generation now; a different value later means a change. */
    public long generation(String merchant) {
        AtomicLong changes = generations.get(merchant); // not created here: any header value may ask
        return epoch.get() << 32 ^ (changes == null ? 0 : changes.get());
    }

    /** Records a change of the merchant's catalog (as a notification does). */
    void changed(String merchant) {
        generations.computeIfAbsent(merchant, m -> new AtomicLong()).incrementAndGet();
    }

    private void run() {
        while (!stopped) {
            try (Connection connection = connect()) {
                try (Statement listen = connection.createStatement()) {
                    listen.execute("LISTEN " + CHANNEL);
                }
                epoch.incrementAndGet();
                listening = true;
                PGConnection pg = connection.unwrap(PGConnection.class);
                while (!stopped) {
                    PGNotification[] notifications = pg.getNotifications(1000);
                    if (notifications != null) {
                        for (PGNotification notification : notifications) {
                            changed(notification.getParameter());
                        }
                    }
                    if (!connection.isValid(1)) {
                        throw new SQLException("the listening connection is gone");
                    }
                }
            } catch (SQLException e) {
                if (!stopped) {
                    Log.warnf("catalog change notifications lost (%s); the storefront cache is off until they are back",
                            e.getMessage());
                }
            } finally {
                listening = false;
                epoch.incrementAndGet();
            }
            pause();
        }
    }

    private void pause() {
        try {
            Thread.sleep(RETRY.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stopped = true;
        }
    }

    private static Connection connect() throws SQLException {
        var config = ConfigProvider.getConfig();
        String url = config.getOptionalValue("zhanggui.storefront-cache.listen-url", String.class)
                .orElseGet(() -> config.getValue("quarkus.datasource.jdbc.url", String.class));
        Properties properties = new Properties();
        config.getOptionalValue("quarkus.datasource.username", String.class).ifPresent(u -> properties.setProperty("user", u));
        config.getOptionalValue("quarkus.datasource.password", String.class).ifPresent(p -> properties.setProperty("password", p));
        properties.setProperty("ApplicationName", "zhanggui catalog-change-listener");
        Connection connection = new org.postgresql.Driver().connect(url, properties);
        if (connection == null) {
            throw new SQLException("not a PostgreSQL URL: " + url);
        }
        return connection;
    }
}
