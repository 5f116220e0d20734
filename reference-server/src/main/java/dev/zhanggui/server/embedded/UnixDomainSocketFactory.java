package dev.zhanggui.server.embedded;

import javax.net.SocketFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketAddress;
import java.net.SocketException;
import java.net.SocketImpl;
import java.net.SocketOption;
import java.net.SocketTimeoutException;
import java.net.StandardSocketOptions;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.file.Path;
import java.util.Objects;

/**
 * A socket factory for the PostgreSQL JDBC driver that connects to the server's Unix domain socket
 * (the {@code .s.PGSQL.<port>} file in one of its {@code unix_socket_directories}) instead of TCP:
 * {@code jdbc:postgresql://localhost/db?socketFactory=dev.zhanggui.server.embedded.UnixDomainSocketFactory&socketFactoryArg=/tmp/.s.PGSQL.5432}.
 * The host and port of the URL are then ignored. A database on the same machine answers a
 * statement with far less kernel work than over loopback TCP, which is most of what a short
 * statement costs there.
 *
 * <p>Built on the JDK's own Unix domain channels, with no native library. The driver's sockets are
 * used by one thread at a time and only through the methods below: streams, the read timeout
 * (network timeout, {@code isValid}, waiting for notifications) and the buffer sizes. TCP-only
 * options (no-delay, keep-alive) are accepted and have no effect.
 */
public final class UnixDomainSocketFactory extends SocketFactory {
    private final Path path;

    /** @param path the socket file, e.g. {@code /tmp/.s.PGSQL.5432} (the driver's {@code socketFactoryArg}) */
    public UnixDomainSocketFactory(String path) {
        if (path == null || path.isBlank()) {
            throw new IllegalArgumentException("socketFactoryArg must name the server's socket file, e.g. /tmp/.s.PGSQL.5432");
        }
        this.path = Path.of(path);
    }

    /** The socket file of a server on {@code port} listening in {@code directory}. */
    public static Path socketFile(Path directory, int port) {
        return directory.resolve(".s.PGSQL." + port);
    }

    @Override
    public Socket createSocket() throws IOException {
        return new UnixDomainSocket(path);
    }

    @Override
    public Socket createSocket(String host, int port) throws IOException {
        return connected();
    }

    @Override
    public Socket createSocket(String host, int port, InetAddress localHost, int localPort) throws IOException {
        return connected();
    }

    @Override
    public Socket createSocket(InetAddress host, int port) throws IOException {
        return connected();
    }

    @Override
    public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort) throws IOException {
        return connected();
    }

    private Socket connected() throws IOException {
        Socket socket = createSocket();
        socket.connect(null);
        return socket;
    }

    /** A {@link Socket} face over a Unix domain {@link SocketChannel}: blocking I/O, timed reads through a selector. */
    static final class UnixDomainSocket extends Socket {
        private final Path path;
        private SocketChannel channel;
        private Selector selector;
        private InputStream in;
        private OutputStream out;
        private int timeoutMillis;
        private boolean tcpNoDelay;
        private boolean keepAlive;
        private boolean closed;

        UnixDomainSocket(Path path) throws SocketException {
            super((SocketImpl) null);
            this.path = path;
        }

        /** Connects to the socket file; the address (the URL's host and port) is not used. */
        @Override
        public synchronized void connect(SocketAddress ignored, int timeout) throws IOException {
            if (closed) {
                throw new SocketException("Socket is closed");
            }
            if (channel != null) {
                throw new SocketException("already connected");
            }
            channel = SocketChannel.open(UnixDomainSocketAddress.of(path));
            in = new ChannelInput();
            out = new ChannelOutput();
        }

        @Override
        public void connect(SocketAddress endpoint) throws IOException {
            connect(endpoint, 0);
        }

        @Override
        public void bind(SocketAddress local) throws IOException {
            throw new SocketException("a Unix domain client socket is not bound to a local address");
        }

        @Override
        public boolean isConnected() {
            return channel != null && channel.isConnected();
        }

        @Override
        public boolean isBound() {
            return channel != null;
        }

        @Override
        public synchronized boolean isClosed() {
            return closed;
        }

        @Override
        public InputStream getInputStream() throws IOException {
            return open().in;
        }

        @Override
        public OutputStream getOutputStream() throws IOException {
            return open().out;
        }

        private UnixDomainSocket open() throws SocketException {
            if (closed) {
                throw new SocketException("Socket is closed");
            }
            if (channel == null) {
                throw new SocketException("Socket is not connected");
            }
            return this;
        }

        @Override
        public void setSoTimeout(int timeout) throws SocketException {
            if (timeout < 0) {
                throw new IllegalArgumentException("timeout < 0");
            }
            timeoutMillis = timeout;
        }

        @Override
        public int getSoTimeout() {
            return timeoutMillis;
        }

        @Override
        public void setTcpNoDelay(boolean on) {
            tcpNoDelay = on;
        }

        @Override
        public boolean getTcpNoDelay() {
            return tcpNoDelay;
        }

        @Override
        public void setKeepAlive(boolean on) {
            keepAlive = on;
        }

        @Override
        public boolean getKeepAlive() {
            return keepAlive;
        }

        @Override
        public void setSendBufferSize(int size) throws SocketException {
            setBuffer(StandardSocketOptions.SO_SNDBUF, size);
        }

        @Override
        public int getSendBufferSize() throws SocketException {
            return buffer(StandardSocketOptions.SO_SNDBUF);
        }

        @Override
        public void setReceiveBufferSize(int size) throws SocketException {
            setBuffer(StandardSocketOptions.SO_RCVBUF, size);
        }

        @Override
        public int getReceiveBufferSize() throws SocketException {
            return buffer(StandardSocketOptions.SO_RCVBUF);
        }

        private void setBuffer(SocketOption<Integer> option, int size) throws SocketException {
            if (size <= 0) {
                throw new IllegalArgumentException("buffer size must be positive");
            }
            option(channel -> channel.setOption(option, size));
        }

        private int buffer(SocketOption<Integer> option) throws SocketException {
            return option(channel -> channel.getOption(option));
        }

        private interface ChannelOption<T> {
            T on(SocketChannel channel) throws IOException;
        }

        private <T> T option(ChannelOption<T> access) throws SocketException {
            try {
                return access.on(open().channel);
            } catch (SocketException e) {
                throw e;
            } catch (IOException e) {
                throw socketException(e);
            }
        }

        private static SocketException socketException(IOException e) {
            SocketException wrapped = new SocketException(e.getMessage());
            wrapped.initCause(e);
            return wrapped;
        }

        @Override
        public void shutdownInput() throws IOException {
            open().channel.shutdownInput();
        }

        @Override
        public void shutdownOutput() throws IOException {
            open().channel.shutdownOutput();
        }

        @Override
        public synchronized void close() throws IOException {
            if (closed) {
                return;
            }
            closed = true;
            try {
                if (selector != null) {
                    selector.close();
                }
            } finally {
                if (channel != null) {
                    channel.close();
                }
            }
        }

        @Override
        public String toString() {
            return "UnixDomainSocket[" + path + (closed ? ", closed" : "") + "]";
        }

        /**
         * Reads at least one byte, waiting no longer than the read timeout when one is set. Without
         * a timeout this is one blocking read; with one, the channel waits in a selector and is
         * blocking again afterwards (a channel registered with a selector cannot be).
         */
        private int read(ByteBuffer into) throws IOException {
            if (timeoutMillis == 0) {
                return channel.read(into);
            }
            channel.configureBlocking(false);
            try {
                long deadline = System.nanoTime() + timeoutMillis * 1_000_000L;
                while (true) {
                    int read = channel.read(into);
                    if (read != 0) {
                        return read;
                    }
                    long left = (deadline - System.nanoTime()) / 1_000_000L;
                    if (left <= 0 || !ready(left)) {
                        throw new SocketTimeoutException("Read timed out");
                    }
                }
            } finally {
                channel.configureBlocking(true);
            }
        }

        private boolean ready(long millis) throws IOException {
            if (selector == null) {
                selector = Selector.open();
            }
            SelectionKey key = channel.register(selector, SelectionKey.OP_READ);
            try {
                return selector.select(millis) > 0;
            } finally {
                key.cancel();
                selector.selectNow(); // deregisters the cancelled key, so the channel may block again
            }
        }

        private final class ChannelInput extends InputStream {
            @Override
            public int read() throws IOException {
                byte[] one = new byte[1];
                int n = read(one, 0, 1);
                return n < 0 ? -1 : one[0] & 0xff;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                Objects.checkFromIndexSize(off, len, b.length);
                if (len == 0) {
                    return 0;
                }
                return UnixDomainSocket.this.read(ByteBuffer.wrap(b, off, len));
            }

            @Override
            public void close() throws IOException {
                UnixDomainSocket.this.close();
            }
        }

        private final class ChannelOutput extends OutputStream {
            @Override
            public void write(int b) throws IOException {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                Objects.checkFromIndexSize(off, len, b.length);
                ByteBuffer buffer = ByteBuffer.wrap(b, off, len);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
            }

            @Override
            public void close() throws IOException {
                UnixDomainSocket.this.close();
            }
        }
    }
}
