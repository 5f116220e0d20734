package dev.zhanggui.server.embedded;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The Keycloak version the build resolved (the parent POM's {@code keycloak.version}). */
final class KeycloakVersion {
    static final String VERSION = read();

    private KeycloakVersion() {
    }

    private static String read() {
        try (InputStream in = KeycloakVersion.class.getResourceAsStream("/zhanggui-build.properties")) {
            Properties props = new Properties();
            props.load(in);
            return props.getProperty("keycloak.version");
        } catch (IOException | NullPointerException e) {
            throw new UncheckedIOException("zhanggui-build.properties is missing from the build",
                    e instanceof IOException io ? io : new IOException(e));
        }
    }
}
