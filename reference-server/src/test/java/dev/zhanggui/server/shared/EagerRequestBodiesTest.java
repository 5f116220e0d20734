package dev.zhanggui.server.shared;

import dev.zhanggui.server.testing.Tokens;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Request bodies reach the resource whole however they arrive: with a declared length (read on the
 * event loop first), chunked without one, or over HTTP/2 (both streamed to the worker as before).
 */
@QuarkusTest
class EagerRequestBodiesTest {
    @TestHTTPResource("/api/v1/customer-groups")
    URI groups;

    @Test
    void a_body_with_a_length_a_chunked_body_and_an_http2_body_all_arrive_whole() throws Exception {
        HttpClient http1 = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpClient http2 = HttpClient.newBuilder().version(HttpClient.Version.HTTP_2).build();

        assertCreated(http1, HttpClient.Version.HTTP_1_1, HttpRequest.BodyPublishers::ofByteArray);
        assertCreated(http1, HttpClient.Version.HTTP_1_1,
                bytes -> HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes)));
        // The first request upgrades the connection (h2c), the second goes over HTTP/2.
        assertCreated(http2, null, HttpRequest.BodyPublishers::ofByteArray);
        assertCreated(http2, HttpClient.Version.HTTP_2, HttpRequest.BodyPublishers::ofByteArray);
    }

    private void assertCreated(HttpClient http, HttpClient.Version expected,
                               java.util.function.Function<byte[], HttpRequest.BodyPublisher> body) throws Exception {
        String name = "批发客户 " + UUID.randomUUID();
        byte[] json = new JsonObject().put("name", name).encode().getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(groups)
                .header("Authorization", "Bearer " + Tokens.of(Tokens.ADMIN))
                .header("Content-Type", "application/json")
                .POST(body.apply(json)).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
        if (expected != null) {
            assertThat(answer.version()).isEqualTo(expected);
        }
        assertThat(new JsonObject(answer.body()).getString("name")).isEqualTo(name);
    }
}
