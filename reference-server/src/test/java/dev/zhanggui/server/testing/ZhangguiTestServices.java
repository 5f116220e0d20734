package dev.zhanggui.server.testing;

import dev.zhanggui.server.embedded.EmbeddedKeycloak;
import dev.zhanggui.server.embedded.EmbeddedPostgresServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

/**
 * The real services of a test run, started once: a fresh PostgreSQL database (on the server
 * named by {@code ZHANGGUI_TEST_DB_URL}, else on an embedded PostgreSQL) that is dropped at the
 * end, and a real Keycloak with the shipped realm imported into an empty data directory.
 */
public class ZhangguiTestServices implements QuarkusTestResourceLifecycleManager {
    private static final Path WORK = Path.of("target", "test-services").toAbsolutePath();

    private EmbeddedPostgresServer embedded;
    private EmbeddedKeycloak keycloak;
    private String adminUrl;
    private String database;

    @Override
    public Map<String, String> start() {
        CompletableFuture<Map<String, String>> db = CompletableFuture.supplyAsync(this::startDatabase);
        CompletableFuture<Map<String, String>> idp = CompletableFuture.supplyAsync(this::startKeycloak);
        Map<String, String> config = new HashMap<>(db.join());
        config.putAll(idp.join());
        return config;
    }

    private Map<String, String> startDatabase() {
        try {
            String external = System.getenv("ZHANGGUI_TEST_DB_URL");
            if (external != null && !external.isBlank()) {
                adminUrl = external;
            } else {
                embedded = EmbeddedPostgresServer.start(WORK.resolve("postgres"), EmbeddedKeycloak.freePort(), true);
                adminUrl = embedded.jdbcUrl("postgres") + "?user=postgres";
            }
            database = "zhanggui_test_" + Long.toString(System.currentTimeMillis(), 36) + "_" + ProcessHandle.current().pid();
            try (Connection c = DriverManager.getConnection(adminUrl); Statement s = c.createStatement()) {
                s.execute("create database " + database);
            }
            return Map.of("quarkus.datasource.jdbc.url", withDatabase(adminUrl, database));
        } catch (IOException | SQLException e) {
            throw new IllegalStateException("Could not prepare the test database: " + e.getMessage(), e);
        }
    }

    private Map<String, String> startKeycloak() {
        Path data = WORK.resolve("keycloak-data");
        deleteTree(data);
        keycloak = EmbeddedKeycloak.builder()
                .installRoot(Path.of(System.getProperty("user.home"), ".zhanggui", "keycloak"))
                .dataDir(data)
                .httpPort(EmbeddedKeycloak.freePort())
                .realm(realmWithTestCustomers())
                .build();
        keycloak.start();
        return Map.of("quarkus.oidc.auth-server-url", keycloak.issuerUrl(),
                "zhanggui.test.keycloak-url", keycloak.baseUrl());
    }

    /** The shipped realm plus the test-only customers {@link Tokens#FRESH_CUSTOMER} and {@link Tokens#FRESH_CUSTOMER_2}. */
    private static java.io.InputStream realmWithTestCustomers() {
        try (java.io.InputStream shipped = ZhangguiTestServices.class.getResourceAsStream(EmbeddedKeycloak.REALM_RESOURCE)) {
            com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
            com.fasterxml.jackson.databind.node.ObjectNode realm =
                    (com.fasterxml.jackson.databind.node.ObjectNode) json.readTree(shipped);
            com.fasterxml.jackson.databind.node.ArrayNode users = (com.fasterxml.jackson.databind.node.ArrayNode) realm.get("users");
            com.fasterxml.jackson.databind.JsonNode template = null;
            for (com.fasterxml.jackson.databind.JsonNode user : users) {
                if (Tokens.CUSTOMER.equals(user.get("username").asText())) {
                    template = user;
                }
            }
            for (String phone : List.of(Tokens.FRESH_CUSTOMER, Tokens.FRESH_CUSTOMER_2)) {
                com.fasterxml.jackson.databind.node.ObjectNode user =
                        ((com.fasterxml.jackson.databind.node.ObjectNode) template).deepCopy();
                user.put("username", phone).put("email", phone + "@test.example.com").put("lastName", "Test " + phone);
                user.putObject("attributes").putArray("merchant").add("demo");
                ((com.fasterxml.jackson.databind.node.ObjectNode) user.get("attributes")).putArray("phone_number").add(phone);
                users.add(user);
            }
            return new java.io.ByteArrayInputStream(json.writeValueAsBytes(realm));
        } catch (IOException e) {
            throw new IllegalStateException("Could not read the realm", e);
        }
    }

    /** The same server and credentials, another database. */
    static String withDatabase(String url, String db) {
        int slash = url.indexOf('/', "jdbc:postgresql://".length());
        int query = url.indexOf('?', slash);
        return url.substring(0, slash + 1) + db + (query < 0 ? "" : url.substring(query));
    }

    @Override
    public void stop() {
        if (keycloak != null) {
            keycloak.stop();
        }
        if (database != null) {
            try (Connection c = DriverManager.getConnection(adminUrl); Statement s = c.createStatement()) {
                s.execute("drop database if exists " + database + " with (force)");
            } catch (SQLException e) {
                System.err.println("Could not drop test database " + database + ": " + e.getMessage());
            }
        }
        if (embedded != null) {
            embedded.close();
        }
    }

    private static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
