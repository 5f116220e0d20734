package dev.zhanggui.server.testing;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Calls {@code /graphql} the way a storefront or a staff tool does: as one principal (a real
 * token, or nobody), optionally with extra headers. Every answer is checked for leaked internals
 * (stack frames, exception class names, SQL) before a test sees it.
 */
public final class GraphQLClient {
    private static final Pattern LEAK = Pattern.compile(
            "Exception|\\tat |\\bat [a-z]+\\.[a-z]+\\.|java\\.lang|org\\.hibernate|jakarta\\.|io\\.quarkus|"
                    + "(?i)\\bselect\\b.*\\bfrom\\b|\\binsert into\\b|\\bupdate \\w+ set\\b|psql|SQLState");

    private static final Pattern CLASSIFICATION = Pattern.compile("\"classification\":\"\\w+\"");

    private final Supplier<String> token;
    private final Map<String, String> headers;

    private GraphQLClient(Supplier<String> token, Map<String, String> headers) {
        this.token = token;
        this.headers = headers;
    }

    /**
     * A demo user of the realm (see {@link Tokens}). The token is fetched at the first request, so
     * a client may be a field of a test class: JUnit builds test instances before the services run.
     */
    public static GraphQLClient user(String username) {
        return new GraphQLClient(() -> Tokens.of(username), Map.of());
    }

    /** The integration client (client credentials grant). */
    public static GraphQLClient integration() {
        return new GraphQLClient(Tokens::integration, Map.of());
    }

    public static GraphQLClient anonymous() {
        return new GraphQLClient(() -> null, Map.of());
    }

    public GraphQLClient header(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new GraphQLClient(token, more);
    }

    /** Sends a document and returns the raw HTTP response, checked only for leaked internals. */
    public Response send(String document, Map<String, ?> variables) {
        Map<String, Object> body = new HashMap<>();
        body.put("query", document);
        body.put("variables", variables == null ? Map.of() : variables);
        RequestSpecification request = given().contentType(ContentType.JSON).accept(ContentType.JSON)
                .headers(headers).body(body);
        String bearer = token.get();
        if (bearer != null) {
            request = request.auth().oauth2(bearer);
        }
        Response response = request.post("/graphql");
        assertNoLeak(response.asString());
        return response;
    }

    /** A query or mutation answered with HTTP 200; the body may carry top-level errors. */
    public JsonPath query(String document, Map<String, ?> variables) {
        Response response = send(document, variables);
        assertThat(response.statusCode()).as("HTTP status of %s", response.asString()).isEqualTo(200);
        return response.jsonPath();
    }

    public JsonPath query(String document) {
        return query(document, Map.of());
    }

    /**
     * A mutation that must not fail at the top level: refusals belong in the payload's
     * {@code errors}, so a top-level error here is a bug.
     */
    public JsonPath mutate(String document, Map<String, ?> variables) {
        JsonPath answer = query(document, variables);
        assertThat(answer.getList("errors")).as("top-level errors of %s", answer.prettify()).isNullOrEmpty();
        return answer;
    }

    /** The codes of a payload's {@code errors} at the given path, e.g. {@code data.updateMe}. */
    public static List<String> errorCodes(JsonPath answer, String payload) {
        return answer.getList(payload + ".errors.code", String.class);
    }

    /**
     * Fails if an answer names a Java class, a stack frame or SQL. The error classifications of
     * the GraphQL engine ({@code DataFetchingException}, ...) are part of the protocol, not leaks.
     */
    public static void assertNoLeak(String body) {
        String withoutClassifications = CLASSIFICATION.matcher(body).replaceAll("");
        assertThat(LEAK.matcher(withoutClassifications).find()).as("internals leaked in %s", body).isFalse();
    }

    /** Variables from name, value pairs; values may be null, as GraphQL variables may. */
    public static Map<String, Object> vars(Object... pairs) {
        Map<String, Object> map = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], pairs[i + 1]);
        }
        return map;
    }
}
