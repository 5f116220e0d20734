package dev.zhanggui.server.embedded;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.PropertiesConfigSource;
import org.eclipse.microprofile.config.spi.ConfigSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * The embedded default: with no database configured, start a real PostgreSQL; with no OIDC
 * issuer configured, start a real Keycloak with the shipped realm. Either way the server finds
 * what it needs through ordinary Quarkus settings this factory supplies.
 *
 * <p>Configured means {@code ZHANGGUI_DB_URL} (with {@code ZHANGGUI_DB_USER},
 * {@code ZHANGGUI_DB_PASSWORD}) or {@code quarkus.datasource.jdbc.url}; {@code ZHANGGUI_OIDC_ISSUER}
 * or {@code quarkus.oidc.auth-server-url}. Tests switch the whole mechanism off with
 * {@code zhanggui.embedded.enabled=false} and bring their own services.
 *
 * <p>Quarkus reads configuration more than once while it starts; the services start once per
 * class loader, and a restarted class loader (dev-mode reload) finds them running and reuses them.
 */
public final class EmbeddedServicesConfigSourceFactory implements ConfigSourceFactory {
    private static final System.Logger LOG = System.getLogger(EmbeddedServicesConfigSourceFactory.class.getName());
    private static final int ORDINAL = 275; // above application.properties, below env and system properties
    private static Map<String, String> supplied;

    @Override
    public synchronized Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        if (supplied == null) {
            supplied = supply(context);
        }
        return List.of(new PropertiesConfigSource(supplied, "zhanggui-embedded-services", ORDINAL));
    }

    private static Map<String, String> supply(ConfigSourceContext context) {
        Map<String, String> props = new HashMap<>();
        if (!Boolean.parseBoolean(value(context, "zhanggui.embedded.enabled", "true")) || !startingApplication()) {
            return props;
        }
        String dbUrl = value(context, "zhanggui.db.url", null);
        if (dbUrl != null) {
            props.put("quarkus.datasource.jdbc.url", dbUrl);
            putIfPresent(props, "quarkus.datasource.username", value(context, "zhanggui.db.user", null));
            putIfPresent(props, "quarkus.datasource.password", value(context, "zhanggui.db.password", null));
        }
        String issuer = value(context, "zhanggui.oidc.issuer", null);
        if (issuer != null) {
            props.put("quarkus.oidc.auth-server-url", issuer);
        }
        boolean needDatabase = dbUrl == null && value(context, "quarkus.datasource.jdbc.url", null) == null;
        boolean needKeycloak = issuer == null && value(context, "quarkus.oidc.auth-server-url", null) == null;
        Path home = Path.of(value(context, "zhanggui.embedded.home",
                Path.of(System.getProperty("user.home"), ".zhanggui").toString()));

        CompletableFuture<Map<String, String>> database = needDatabase
                ? CompletableFuture.supplyAsync(() -> startPostgres(context, home))
                : CompletableFuture.completedFuture(Map.of());
        CompletableFuture<Map<String, String>> keycloak = needKeycloak
                ? CompletableFuture.supplyAsync(() -> startKeycloak(context, home))
                : CompletableFuture.completedFuture(Map.of());
        try {
            props.putAll(database.join());
            props.putAll(keycloak.join());
        } catch (CompletionException e) {
            throw new IllegalStateException("Could not start the embedded services: " + e.getCause().getMessage(),
                    e.getCause());
        }
        return props;
    }

    /**
     * Quarkus also reads configuration while it builds the application (Maven's quarkus:build,
     * dev mode's augmentation), through its build-time reader; services start only when the
     * application itself starts.
     */
    private static boolean startingApplication() {
        return StackWalker.getInstance().walk(frames -> frames.noneMatch(f -> f.getClassName()
                .startsWith("io.quarkus.deployment.configuration.BuildTimeConfigurationReader")
                || f.getClassName().equals("io.quarkus.deployment.QuarkusAugmentor")));
    }

    private static Map<String, String> startPostgres(ConfigSourceContext context, Path home) {
        int port = Integer.parseInt(value(context, "zhanggui.embedded.postgres-port", "54329"));
        try {
            EmbeddedPostgresServer server = EmbeddedPostgresServer.start(home.resolve("postgres"), port, false);
            server.createDatabaseIfMissing("zhanggui");
            return Map.of("quarkus.datasource.jdbc.url", server.localJdbcUrl("zhanggui"),
                    "quarkus.datasource.username", EmbeddedPostgresServer.USER,
                    "quarkus.datasource.password", "");
        } catch (Exception e) {
            throw new IllegalStateException("embedded PostgreSQL: " + e.getMessage(), e);
        }
    }

    private static Map<String, String> startKeycloak(ConfigSourceContext context, Path home) {
        int port = Integer.parseInt(value(context, "zhanggui.embedded.keycloak-port", "8180"));
        String version = value(context, "zhanggui.embedded.keycloak-version", KeycloakVersion.VERSION);
        EmbeddedKeycloak keycloak = EmbeddedKeycloak.builder()
                .version(version)
                .installRoot(home.resolve("keycloak"))
                .dataDir(home.resolve("keycloak-data"))
                .httpPort(port)
                .realm(realm(value(context, "zhanggui.embedded.keycloak-realm", null)))
                .build();
        try {
            keycloak.start();
        } catch (Exception e) {
            throw new IllegalStateException("embedded Keycloak: " + e.getMessage(), e);
        }
        LOG.log(System.Logger.Level.INFO, "Keycloak ready at {0}", keycloak.issuerUrl());
        return Map.of("quarkus.oidc.auth-server-url", keycloak.issuerUrl());
    }

    /**
     * The realm to import at Keycloak's first start: a file named by {@code zhanggui.embedded.keycloak-realm}
     * (e.g. the shipped realm with more users, as the checkout load benchmark writes it), else the shipped one.
     */
    private static InputStream realm(String file) {
        if (file == null) {
            return EmbeddedServicesConfigSourceFactory.class.getResourceAsStream(EmbeddedKeycloak.REALM_RESOURCE);
        }
        try {
            return Files.newInputStream(Path.of(file));
        } catch (IOException e) {
            throw new IllegalStateException("zhanggui.embedded.keycloak-realm: cannot read " + file, e);
        }
    }

    private static String value(ConfigSourceContext context, String name, String defaultValue) {
        ConfigValue value = context.getValue(name);
        return value == null || value.getValue() == null || value.getValue().isBlank() ? defaultValue : value.getValue();
    }

    private static void putIfPresent(Map<String, String> props, String name, String value) {
        if (value != null) {
            props.put(name, value);
        }
    }
}
