package dev.zhanggui.benchmarks.load;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * A small HTTP/1.1 client for the load driver: one kept-alive socket per thread, the request written
 * in one go, the answer read by {@code Content-Length} or chunks. The driver runs on the machine
 * that runs the server it loads, so every millisecond of CPU it spends is taken from the server;
 * {@code java.net.http} spent about 1.5 ms of CPU per request here (its selector thread, futures
 * and header maps), this spends a small fraction of that. Plain {@code http://} only.
 */
final class PlainHttp {
    /** An answer: its status and its body as text. */
    record Answer(int status, String body) {
    }

    private final String host;
    private final int port;
    private final int timeoutMillis;
    private final ThreadLocal<Connection> connections = new ThreadLocal<>();

    PlainHttp(String base, int timeoutMillis) {
        URI uri = URI.create(base);
        if (!"http".equals(uri.getScheme())) {
            throw new IllegalArgumentException("Plain http:// only, got " + base);
        }
        this.host = uri.getHost();
        this.port = uri.getPort() < 0 ? 80 : uri.getPort();
        this.timeoutMillis = timeoutMillis;
    }

    /**
     * Sends one request on this thread's connection (opened on first use or after the server closed
     * it). A GET that fails on a reused connection is sent once more on a new one; anything else
     * that fails is the caller's failure, as a POST may have been executed.
     */
    Answer send(String method, String path, String token, String idempotencyKey, String jsonBody) throws IOException {
        byte[] request = request(method, path, token, idempotencyKey, jsonBody);
        Connection connection = connections.get();
        boolean reused = connection != null;
        if (connection == null) {
            connection = open();
        }
        try {
            return exchange(connection, request);
        } catch (IOException e) {
            close(connection);
            if (reused && method.equals("GET")) {
                return exchange(open(), request);
            }
            throw e;
        }
    }

    private Answer exchange(Connection connection, byte[] request) throws IOException {
        connection.out.write(request);
        connection.out.flush();
        Answer answer = connection.read();
        if (connection.closeAfter) {
            close(connection);
        }
        return answer;
    }

    private byte[] request(String method, String path, String token, String idempotencyKey, String jsonBody) {
        byte[] body = jsonBody == null ? new byte[0] : jsonBody.getBytes(StandardCharsets.UTF_8);
        StringBuilder head = new StringBuilder(256).append(method).append(' ').append(path).append(" HTTP/1.1\r\n")
                .append("Host: ").append(host).append(':').append(port).append("\r\n")
                .append("Accept: application/json\r\n");
        if (token != null) {
            head.append("Authorization: Bearer ").append(token).append("\r\n");
        }
        if (idempotencyKey != null) {
            head.append("Idempotency-Key: ").append(idempotencyKey).append("\r\n");
        }
        if (jsonBody != null) {
            head.append("Content-Type: application/json\r\n");
        }
        if (jsonBody != null || !method.equals("GET")) {
            head.append("Content-Length: ").append(body.length).append("\r\n");
        }
        head.append("\r\n");
        byte[] start = head.toString().getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[start.length + body.length];
        System.arraycopy(start, 0, all, 0, start.length);
        System.arraycopy(body, 0, all, start.length, body.length);
        return all;
    }

    private Connection open() throws IOException {
        Socket socket = new Socket();
        socket.setTcpNoDelay(true);
        socket.setSoTimeout(timeoutMillis);
        socket.connect(new InetSocketAddress(host, port), timeoutMillis);
        Connection connection = new Connection(socket);
        connections.set(connection);
        return connection;
    }

    private void close(Connection connection) {
        connections.remove();
        try {
            connection.socket.close();
        } catch (IOException ignored) {
            // closing a broken connection: nothing to tell
        }
    }

    /** One socket and what is read from it. */
    private static final class Connection {
        final Socket socket;
        final InputStream in;
        final OutputStream out;
        boolean closeAfter;

        Connection(Socket socket) throws IOException {
            this.socket = socket;
            this.in = new BufferedInputStream(socket.getInputStream(), 16 * 1024);
            this.out = socket.getOutputStream();
        }

        Answer read() throws IOException {
            String statusLine = line();
            if (!statusLine.startsWith("HTTP/1.")) {
                throw new IOException("Not an HTTP answer: " + statusLine);
            }
            int status = Integer.parseInt(statusLine.substring(9, 12));
            long length = -1;
            boolean chunked = false;
            closeAfter = statusLine.startsWith("HTTP/1.0");
            for (String header = line(); !header.isEmpty(); header = line()) {
                int colon = header.indexOf(':');
                if (colon < 0) {
                    continue;
                }
                String name = header.substring(0, colon).trim().toLowerCase(Locale.ROOT);
                String value = header.substring(colon + 1).trim();
                switch (name) {
                    case "content-length" -> length = Long.parseLong(value);
                    case "transfer-encoding" -> chunked = value.toLowerCase(Locale.ROOT).contains("chunked");
                    case "connection" -> closeAfter = value.equalsIgnoreCase("close");
                    default -> {
                    }
                }
            }
            ByteArrayOutputStream body = new ByteArrayOutputStream(length > 0 ? (int) length : 512);
            if (chunked) {
                for (long size = Long.parseLong(chunkSize(line()), 16); size > 0;
                     size = Long.parseLong(chunkSize(line()), 16)) {
                    body.write(exactly(size));
                    line();
                }
                while (!line().isEmpty()) {
                    // trailers: none expected, skipped
                }
            } else if (length >= 0) {
                body.write(exactly(length));
            } else {
                in.transferTo(body);
                closeAfter = true;
            }
            return new Answer(status, body.toString(StandardCharsets.UTF_8));
        }

        private static String chunkSize(String line) {
            int extension = line.indexOf(';');
            return (extension < 0 ? line : line.substring(0, extension)).trim();
        }

        private byte[] exactly(long size) throws IOException {
            byte[] bytes = in.readNBytes(Math.toIntExact(size));
            if (bytes.length < size) {
                throw new IOException("The connection closed in the middle of an answer");
            }
            return bytes;
        }

        /** One header line, without its CRLF (headers are ASCII here). */
        private String line() throws IOException {
            StringBuilder line = new StringBuilder(64);
            for (int c = in.read(); c != '\n'; c = in.read()) {
                if (c < 0) {
                    throw new IOException("The connection closed before the answer was complete");
                }
                if (c != '\r') {
                    line.append((char) c);
                }
            }
            return line.toString();
        }
    }
}
