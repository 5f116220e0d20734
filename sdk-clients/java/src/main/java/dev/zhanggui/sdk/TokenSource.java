package dev.zhanggui.sdk;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Where the SDK gets the bearer token of each call: the integration's client credentials (an ERP,
 * a warehouse system), a customer's password grant (tests, tools), or a token you already hold.
 */
public interface TokenSource {

    /** A token valid for at least the next call. */
    String accessToken();

    /** A fixed token (you refresh it yourself). */
    static TokenSource of(String token) {
        return () -> token;
    }

    /** OAuth client credentials (the {@code integration} client): acts as staff of the client's merchant. */
    static TokenSource clientCredentials(URI tokenEndpoint, String clientId, String clientSecret) {
        var form = new LinkedHashMap<String, String>();
        form.put("grant_type", "client_credentials");
        form.put("client_id", clientId);
        form.put("client_secret", clientSecret);
        return new OidcTokenSource(tokenEndpoint, form);
    }

    /** Resource-owner password grant, e.g. a demo customer with the public {@code storefront} client. */
    static TokenSource password(URI tokenEndpoint, String clientId, String username, String password) {
        var form = new LinkedHashMap<String, String>();
        form.put("grant_type", "password");
        form.put("client_id", clientId);
        form.put("username", username);
        form.put("password", password);
        return new OidcTokenSource(tokenEndpoint, form);
    }

    /** The token endpoint of a Keycloak realm, e.g. {@code keycloak(URI.create("http://localhost:8180"), "zhanggui")}. */
    static URI keycloakTokenEndpoint(URI keycloakBase, String realm) {
        return keycloakBase.resolve("/realms/" + realm + "/protocol/openid-connect/token");
    }

    /** Fetches a token from an OIDC token endpoint and keeps it until shortly before it expires. */
    final class OidcTokenSource implements TokenSource {
        private static final Duration EARLY = Duration.ofSeconds(30);
        private static final ObjectMapper JSON = new ObjectMapper();
        private final URI endpoint;
        private final String form;
        private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        private final Clock clock = Clock.systemUTC();
        private String token;
        private Instant renewAt = Instant.MIN;

        OidcTokenSource(URI endpoint, Map<String, String> form) {
            this.endpoint = endpoint;
            this.form = form.entrySet().stream()
                    .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                    .collect(Collectors.joining("&"));
        }

        @Override
        public synchronized String accessToken() {
            if (token == null || !clock.instant().isBefore(renewAt)) {
                fetch();
            }
            return token;
        }

        private void fetch() {
            var request = HttpRequest.newBuilder(endpoint)
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .timeout(Duration.ofSeconds(30))
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build();
            try {
                var response = http.send(request, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() != 200) {
                    throw new IllegalStateException("token endpoint " + endpoint + " answered "
                            + response.statusCode() + ": " + response.body());
                }
                JsonNode body = JSON.readTree(response.body());
                token = body.path("access_token").asText();
                long expiresIn = body.path("expires_in").asLong(60);
                renewAt = clock.instant().plusSeconds(expiresIn).minus(EARLY);
            } catch (IOException e) {
                throw new IllegalStateException("token endpoint " + endpoint + " unreachable", e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while fetching a token", e);
            }
        }

        private static String enc(String s) {
            return URLEncoder.encode(s, StandardCharsets.UTF_8);
        }
    }
}
