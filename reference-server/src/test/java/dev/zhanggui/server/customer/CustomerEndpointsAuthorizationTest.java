package dev.zhanggui.server.customer;

import dev.zhanggui.server.testing.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Stream;

import static dev.zhanggui.server.testing.Api.CUSTOMERS;
import static dev.zhanggui.server.testing.Api.ME;
import static dev.zhanggui.server.testing.Api.problem;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.oneOf;

/**
 * Who may call what, endpoint by endpoint: {@code /me} is for customers, {@code /customers} for
 * the merchant's staff, admins and integrations, and nothing is for anonymous callers. The
 * requests of allowed callers are harmless (unknown ids, invalid input), so the table changes
 * no data; each still proves that the call got past authorization.
 */
@QuarkusTest
class CustomerEndpointsAuthorizationTest {

    enum Caller {
        ANONYMOUS(Api::anonymous), CUSTOMER(Api::asCustomer), STAFF(Api::asStaff), ADMIN(Api::asAdmin),
        INTEGRATION(Api::asIntegration);

        private final Supplier<RequestSpecification> request;

        Caller(Supplier<RequestSpecification> request) {
            this.request = request;
        }
    }

    private static final Set<Caller> CUSTOMERS_ONLY = Set.of(Caller.CUSTOMER);
    private static final Set<Caller> MERCHANT_SIDE = Set.of(Caller.STAFF, Caller.ADMIN, Caller.INTEGRATION);

    /** One operation, sent with a body that changes nothing, and what an allowed caller gets. */
    record Endpoint(String method, String path, Object body, Set<Caller> audience, Integer... allowedStatus) {
        Response sendAs(Caller caller) {
            RequestSpecification request = caller.request.get();
            if (body != null) {
                request.body(body);
            }
            return request.when().request(method, path);
        }

        @Override
        public String toString() {
            return method + " " + path.replaceAll("[0-9a-f-]{36}", "{id}");
        }
    }

    static List<Endpoint> endpoints() {
        String unknownAddress = ME + "/addresses/" + UUID.randomUUID();
        String unknownCustomer = CUSTOMERS + "/" + UUID.randomUUID();
        Map<String, String> address = Map.of("recipient", "张三", "phone", "13800000001", "province", "上海市",
                "city", "上海市", "district", "浦东新区", "detail", "世纪大道 1 号");
        return List.of(
                new Endpoint("GET", ME, null, CUSTOMERS_ONLY, 200),
                new Endpoint("PATCH", ME, Map.of("email", "not-an-email"), CUSTOMERS_ONLY, 400),
                new Endpoint("GET", ME + "/addresses", null, CUSTOMERS_ONLY, 200),
                new Endpoint("POST", ME + "/addresses", Map.of(), CUSTOMERS_ONLY, 400),
                new Endpoint("PUT", unknownAddress, address, CUSTOMERS_ONLY, 404),
                new Endpoint("DELETE", unknownAddress, null, CUSTOMERS_ONLY, 404),
                new Endpoint("PUT", unknownAddress + "/default", null, CUSTOMERS_ONLY, 404),
                new Endpoint("GET", ME + "/invoice-profile", null, CUSTOMERS_ONLY, 200, 404),
                new Endpoint("PUT", ME + "/invoice-profile", Map.of(), CUSTOMERS_ONLY, 400),
                new Endpoint("GET", CUSTOMERS, null, MERCHANT_SIDE, 200),
                new Endpoint("POST", CUSTOMERS, Map.of("phone", "12345"), MERCHANT_SIDE, 400),
                new Endpoint("GET", unknownCustomer, null, MERCHANT_SIDE, 404),
                new Endpoint("PATCH", unknownCustomer, Map.of("name", "x"), MERCHANT_SIDE, 404),
                new Endpoint("POST", unknownCustomer + "/tags", Map.of("tags", List.of("x")), MERCHANT_SIDE, 404),
                new Endpoint("DELETE", unknownCustomer + "/tags/x", null, MERCHANT_SIDE, 404));
    }

    static Stream<Endpoint> everyEndpoint() {
        return endpoints().stream();
    }

    static Stream<Arguments> everyEndpointForItsAudience() {
        return endpoints().stream().flatMap(e -> e.audience().stream()
                .map(caller -> Arguments.of(e, caller)));
    }

    static Stream<Arguments> everyEndpointForEveryoneElse() {
        return endpoints().stream().flatMap(e -> Arrays.stream(Caller.values())
                .filter(caller -> caller != Caller.ANONYMOUS && !e.audience().contains(caller))
                .map(caller -> Arguments.of(e, caller)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyEndpoint")
    void a_call_without_a_token_is_unauthenticated(Endpoint endpoint) {
        endpoint.sendAs(Caller.ANONYMOUS)
                .then().spec(problem(401, "UNAUTHENTICATED"))
                .header("WWW-Authenticate", equalTo("Bearer"));
    }

    @ParameterizedTest(name = "{0} by {1}")
    @MethodSource("everyEndpointForEveryoneElse")
    void a_caller_outside_the_endpoints_audience_is_forbidden(Endpoint endpoint, Caller caller) {
        endpoint.sendAs(caller)
                .then().spec(problem(403, "FORBIDDEN"));
    }

    @ParameterizedTest(name = "{0} by {1}")
    @MethodSource("everyEndpointForItsAudience")
    void a_caller_in_the_endpoints_audience_gets_past_authorization(Endpoint endpoint, Caller caller) {
        endpoint.sendAs(caller)
                .then().statusCode(oneOf(endpoint.allowedStatus()));
    }
}
