package dev.zhanggui.server.testing;

import io.restassured.RestAssured;
import org.eclipse.microprofile.config.ConfigProvider;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Real access tokens from the test run's Keycloak, cached per user. The realm's tokens live 15
 * minutes, so a cached token is fetched again after 10: a slow run must not turn into 401s.
 */
public final class Tokens {
    public static final String CUSTOMER = "13800000001";
    public static final String CUSTOMER_2 = "13800000002";
    public static final String ADMIN = "admin";
    public static final String STAFF = "staff";
    public static final String ACME_ADMIN = "acme-admin";
    public static final String ACME_CUSTOMER = "13900000001";
    /**
     * Customers of merchant demo that only the test realm has (see {@link ZhangguiTestServices}),
     * for tests that need a customer who has never ordered (e.g. naming an inviter): the demo
     * customers above place orders in many tests.
     */
    public static final String FRESH_CUSTOMER = "13800000101";
    public static final String FRESH_CUSTOMER_2 = "13800000102";

    private static final Duration REUSE_FOR = Duration.ofMinutes(10);
    private static final Map<String, Fetched> CACHE = new ConcurrentHashMap<>();

    private record Fetched(String token, Instant at) {
        boolean fresh() {
            return at.plus(REUSE_FOR).isAfter(Instant.now());
        }
    }

    private Tokens() {
    }

    /** A token of a demo user (password {@code demo}) from the public storefront client. */
    public static String of(String username) {
        return cached(username, Map.of("grant_type", "password", "client_id", "storefront",
                "username", username, "password", "demo"));
    }

    /** A token of the integration client (client credentials). */
    public static String integration() {
        return cached("integration", Map.of("grant_type", "client_credentials",
                "client_id", "integration", "client_secret", "integration-secret"));
    }

    private static String cached(String name, Map<String, String> form) {
        return CACHE.compute(name, (n, old) -> old != null && old.fresh() ? old
                : new Fetched(fetch(form), Instant.now())).token();
    }

    private static String fetch(Map<String, String> form) {
        String base = ConfigProvider.getConfig().getValue("zhanggui.test.keycloak-url", String.class);
        return RestAssured.given().formParams(form)
                .post(base + "/realms/zhanggui/protocol/openid-connect/token")
                .then().statusCode(200).extract().path("access_token");
    }
}
