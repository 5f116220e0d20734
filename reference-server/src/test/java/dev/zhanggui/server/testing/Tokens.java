package dev.zhanggui.server.testing;

import io.restassured.RestAssured;
import org.eclipse.microprofile.config.ConfigProvider;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Real access tokens from the test run's Keycloak, cached per user for the run. */
public final class Tokens {
    public static final String CUSTOMER = "13800000001";
    public static final String CUSTOMER_2 = "13800000002";
    public static final String ADMIN = "admin";
    public static final String STAFF = "staff";
    public static final String ACME_ADMIN = "acme-admin";
    public static final String ACME_CUSTOMER = "13900000001";

    private static final Map<String, String> CACHE = new ConcurrentHashMap<>();

    private Tokens() {
    }

    /** A token of a demo user (password {@code demo}) from the public storefront client. */
    public static String of(String username) {
        return CACHE.computeIfAbsent(username, u -> fetch(Map.of("grant_type", "password", "client_id", "storefront",
                "username", u, "password", "demo")));
    }

    /** A token of the integration client (client credentials). */
    public static String integration() {
        return CACHE.computeIfAbsent("integration", u -> fetch(Map.of("grant_type", "client_credentials",
                "client_id", "integration", "client_secret", "integration-secret")));
    }

    private static String fetch(Map<String, String> form) {
        String base = ConfigProvider.getConfig().getValue("zhanggui.test.keycloak-url", String.class);
        return RestAssured.given().formParams(form)
                .post(base + "/realms/zhanggui/protocol/openid-connect/token")
                .then().statusCode(200).extract().path("access_token");
    }
}
