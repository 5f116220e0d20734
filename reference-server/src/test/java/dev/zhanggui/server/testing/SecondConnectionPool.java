package dev.zhanggui.server.testing;

import dev.zhanggui.shared.Transactions;
import org.eclipse.microprofile.config.ConfigProvider;

import javax.sql.DataSource;
import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.logging.Logger;

/**
 * The database side of a second server instance inside the test JVM: its own pool of plain JDBC
 * connections to the test database (no Quarkus, no JTA), its own units of work, and a data source
 * that hands out the connection of the running unit of work. Adapters built on it share nothing
 * with the Quarkus application but the database, as a second process would.
 */
public final class SecondConnectionPool implements AutoCloseable {
    private final BlockingQueue<Connection> pool;
    private final ThreadLocal<Connection> current = new ThreadLocal<>();
    private final Transactions transactions = this::inTransaction;
    private final DataSource dataSource = threadBound();

    public SecondConnectionPool(int size) throws SQLException {
        var config = ConfigProvider.getConfig();
        String url = config.getValue("quarkus.datasource.jdbc.url", String.class);
        Properties credentials = new Properties();
        config.getOptionalValue("quarkus.datasource.username", String.class)
                .ifPresent(u -> credentials.setProperty("user", u));
        config.getOptionalValue("quarkus.datasource.password", String.class)
                .ifPresent(p -> credentials.setProperty("password", p));
        pool = new ArrayBlockingQueue<>(size);
        for (int i = 0; i < size; i++) {
            Connection c = DriverManager.getConnection(url, credentials);
            c.setAutoCommit(false);
            pool.add(c);
        }
    }

    /** Units of work on this pool: one connection each, committed at the end, rolled back on failure. */
    public Transactions transactions() {
        return transactions;
    }

    /** The connection of the running unit of work; closing it is left to the unit of work. */
    public DataSource dataSource() {
        return dataSource;
    }

    /**
     * A data source whose connections commit each statement (autocommit), each borrowed from this
     * pool when asked for and given back when closed, outside any unit of work: what the server's
     * order-numbers pool is. A pool used so serves nothing else.
     */
    public DataSource autoCommitDataSource() {
        return (MinimalDataSource) () -> {
            Connection c = borrow();
            c.setAutoCommit(true);
            return proxy(c, () -> {
                c.setAutoCommit(false);
                pool.add(c);
            });
        };
    }

    /** Runs SQL on a connection of this pool, in its own unit of work. */
    public <T> T withConnection(Function<Connection, T> work) {
        return inTransaction(() -> work.apply(current.get()));
    }

    private <T> T inTransaction(Supplier<T> work) {
        if (current.get() != null) {
            return work.get();
        }
        Connection c = borrow();
        current.set(c);
        try {
            T result = work.get();
            c.commit();
            return result;
        } catch (RuntimeException | Error e) {
            rollback(c);
            throw e;
        } catch (SQLException e) {
            rollback(c);
            throw new IllegalStateException(e);
        } finally {
            current.remove();
            pool.add(c);
        }
    }

    private Connection borrow() {
        Connection c;
        try {
            c = pool.poll(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        if (c == null) {
            throw new IllegalStateException("no connection of the second pool within 30 s");
        }
        return c;
    }

    private static void rollback(Connection c) {
        try {
            c.rollback();
        } catch (SQLException ignored) {
            // the connection is broken; the next use will tell
        }
    }

    private DataSource threadBound() {
        return (MinimalDataSource) () -> {
            Connection c = current.get();
            if (c == null) {
                throw new IllegalStateException("no unit of work on this thread");
            }
            return proxy(c, () -> { });
        };
    }

    /** The connection, with {@code close} doing what is given instead of closing it. */
    private static Connection proxy(Connection c, SqlAction onClose) {
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
                new Class<?>[]{Connection.class}, (proxy, method, args) -> {
                    if (method.getName().equals("close")) {
                        onClose.run();
                        return null;
                    }
                    try {
                        return method.invoke(c, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    @FunctionalInterface
    private interface SqlAction {
        void run() throws SQLException;
    }

    @Override
    public void close() {
        pool.forEach(c -> {
            try {
                c.close();
            } catch (SQLException ignored) {
                // closing anyway
            }
        });
    }

    @FunctionalInterface
    private interface MinimalDataSource extends DataSource {
        @Override
        default Connection getConnection(String user, String password) throws SQLException {
            return getConnection();
        }

        @Override
        default PrintWriter getLogWriter() {
            return null;
        }

        @Override
        default void setLogWriter(PrintWriter out) {
        }

        @Override
        default void setLoginTimeout(int seconds) {
        }

        @Override
        default int getLoginTimeout() {
            return 0;
        }

        @Override
        default Logger getParentLogger() {
            return Logger.getGlobal();
        }

        @Override
        default <T> T unwrap(Class<T> iface) throws SQLException {
            throw new SQLException("not a wrapper");
        }

        @Override
        default boolean isWrapperFor(Class<?> iface) {
            return false;
        }
    }
}
