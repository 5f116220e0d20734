package dev.zhanggui.server.order;

import dev.zhanggui.server.testing.Api;
import dev.zhanggui.server.testing.GraphQLClient;
import dev.zhanggui.server.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

/**
 * Order settings over REST and GraphQL, on merchant acme so that the demo merchant's orders in other
 * tests keep the defaults: admins change parts of them, staff and customers cannot, bad values are
 * refused with field errors, customer terms override the merchant's, holidays are kept per year.
 */
@QuarkusTest
class OrderSettingsApiTest {
    static final String SETTINGS = "/api/v1/order-settings";

    @Test
    void admins_change_parts_of_the_settings_over_rest() {
        Api.asAcmeAdmin().get(SETTINGS).then().statusCode(200).body("timeZone", equalTo("Asia/Shanghai"));
        Api.asAcmeAdmin().header("Idempotency-Key", UUID.randomUUID().toString())
                .body(Map.of("numberPrefix", "66", "paymentTimeoutMinutes", 15, "reviewRequired", true,
                        "paymentTerms", Map.of("returningMayPayOnDelivery", true)))
                .put(SETTINGS).then().statusCode(200)
                .body("numberPrefix", equalTo("66")).body("paymentTimeoutMinutes", equalTo(15))
                .body("receiptPeriodDays", equalTo(10)).body("reviewRequired", equalTo(true))
                .body("pointsPerUnit", equalTo(100)).body("pointsUnitWorth", equalTo("1.00"))
                .body("paymentTerms.firstOrderMayPayOnDelivery", equalTo(true))
                .body("paymentTerms.returningMayPayOnDelivery", equalTo(true));
        Api.asAcmeAdmin().get(SETTINGS).then().statusCode(200).body("numberPrefix", equalTo("66"));

        Api.asAcmeAdmin().body(Map.of("numberPrefix", "A1")).put(SETTINGS)
                .then().spec(Api.problem(400, "ORDER_SETTINGS_INVALID")).body("errors[0].field", equalTo("numberPrefix"));
        Api.asAcmeAdmin().body(Map.of("paymentTimeoutMinutes", 0)).put(SETTINGS)
                .then().spec(Api.problem(400, "ORDER_SETTINGS_INVALID"));
        Api.asAcmeAdmin().body(Map.of("pointsUnitWorth", "one")).put(SETTINGS)
                .then().spec(Api.problem(400, "ORDER_SETTINGS_INVALID"));
        Api.asAcmeAdmin().body(Map.of("pointsMaxSharePercent", 101)).put(SETTINGS)
                .then().spec(Api.problem(400, "ORDER_SETTINGS_INVALID"))
                .body("errors[0].field", equalTo("pointsMaxSharePercent"));
        Api.asAcmeAdmin().body(Map.of("pointsMaxSharePercent", 80)).put(SETTINGS).then().statusCode(200)
                .body("pointsMaxSharePercent", equalTo(80)).body("numberPrefix", equalTo("66"));
        Api.asAcmeAdmin().get(SETTINGS).then().statusCode(200).body("pointsMaxSharePercent", equalTo(80));
        Api.asAcmeAdmin().body(Map.of("timeZone", "Europe/Paris")).put(SETTINGS)
                .then().spec(Api.problem(400, "ORDER_SETTINGS_INVALID"));
        Api.asStaff().body(Map.of("numberPrefix", "1")).put(SETTINGS).then().statusCode(403);
        Api.asCustomer().get(SETTINGS).then().statusCode(403);
        Api.asStaff().get(SETTINGS).then().statusCode(200).body("numberPrefix", not(equalTo("66")));
    }

    @Test
    void a_change_names_the_version_it_read_and_concurrent_partial_changes_keep_each_others_parts() throws Exception {
        long version = Long.parseLong(Api.asAcmeAdmin().get(SETTINGS).then().statusCode(200).extract().header("ETag")
                .replace("\"", ""));
        Api.asAcmeAdmin().header("If-Match", "\"" + (version + 5) + "\"").body(Map.of("numberPrefix", "77"))
                .put(SETTINGS).then().spec(Api.problem(412, "VERSION_MISMATCH"));
        String etag = Api.asAcmeAdmin().header("If-Match", "\"" + version + "\"").body(Map.of("numberPrefix", "77"))
                .put(SETTINGS).then().statusCode(200).body("numberPrefix", equalTo("77"))
                .body("version", equalTo((int) version + 1)).extract().header("ETag");
        assertThat(etag).isEqualTo("\"" + (version + 1) + "\"");

        // Four admins at once, each changing a part of its own: none undoes another's part.
        List<Map<String, Object>> parts = List.of(Map.of("numberPrefix", "78"), Map.of("paymentTimeoutMinutes", 44),
                Map.of("reviewRequired", false), Map.of("pointsMaxSharePercent", 60));
        ExecutorService pool = Executors.newFixedThreadPool(parts.size());
        try {
            List<Future<Integer>> tries = new ArrayList<>();
            for (Map<String, Object> part : parts) {
                tries.add(pool.submit(() -> {
                    for (int attempt = 1; ; attempt++) {
                        int status = Api.asAcmeAdmin().header("Idempotency-Key", UUID.randomUUID().toString())
                                .body(part).put(SETTINGS).then().extract().statusCode();
                        if (status != 409 || attempt == 20) {
                            return status;
                        }
                    }
                }));
            }
            for (Future<Integer> t : tries) {
                assertThat(t.get()).isEqualTo(200);
            }
        } finally {
            pool.shutdownNow();
        }
        Api.asAcmeAdmin().get(SETTINGS).then().statusCode(200).body("numberPrefix", equalTo("78"))
                .body("paymentTimeoutMinutes", equalTo(44)).body("reviewRequired", equalTo(false))
                .body("pointsMaxSharePercent", equalTo(60)).body("version", equalTo((int) version + 5));

        GraphQLClient admin = GraphQLClient.user(Tokens.ACME_ADMIN);
        long now = admin.query("{ orderSettings { version } }").getLong("data.orderSettings.version");
        assertThat(now).isEqualTo(version + 5);
        String update = """
                mutation($v: Int) { updateOrderSettings(input: {numberPrefix: "79"}, expectedVersion: $v) {
                  settings { numberPrefix version } errors { code } } }""";
        JsonPath stale = admin.mutate(update, Map.of("v", (int) now - 1));
        assertThat(GraphQLClient.errorCodes(stale, "data.updateOrderSettings")).containsExactly("VERSION_MISMATCH");
        JsonPath fresh = admin.mutate(update, Map.of("v", (int) now));
        assertThat(fresh.getString("data.updateOrderSettings.settings.numberPrefix")).isEqualTo("79");
        assertThat(fresh.getLong("data.updateOrderSettings.settings.version")).isEqualTo(now + 1);
    }

    @Test
    void a_customer_gets_terms_of_their_own_and_back() {
        String customer = Api.createCustomer(Api.randomPhone());
        String terms = "/api/v1/customers/" + customer + "/payment-terms";
        Api.asStaff().get(terms).then().statusCode(200).body("own", equalTo(false));
        Api.asAdmin().body(Map.of("firstOrderMayPayOnDelivery", false, "returningMayPayOnDelivery", true,
                "unsettledCodBlocksNext", false)).put(terms).then().statusCode(200)
                .body("own", equalTo(true)).body("terms.returningMayPayOnDelivery", equalTo(true));
        Api.asAdmin().body(Map.of("firstOrderMayPayOnDelivery", false)).put(terms)
                .then().spec(Api.problem(400, "ORDER_SETTINGS_INVALID"));
        Api.asStaff().body(Map.of("firstOrderMayPayOnDelivery", false, "returningMayPayOnDelivery", true,
                "unsettledCodBlocksNext", false)).put(terms).then().statusCode(403);
        Api.asAcmeAdmin().get(terms).then().spec(Api.problem(404, "CUSTOMER_NOT_FOUND"));
        Api.asAdmin().delete(terms).then().statusCode(200).body("own", equalTo(false));
    }

    @Test
    void holidays_are_kept_per_year() {
        Api.asAcmeAdmin().put("/api/v1/holidays/2031-10-01").then().statusCode(204);
        Api.asAcmeAdmin().put("/api/v1/holidays/2031-10-02").then().statusCode(204);
        Api.asAcmeAdmin().put("/api/v1/holidays/2031-10-01").then().statusCode(204);
        Api.asAcmeAdmin().delete("/api/v1/holidays/2031-10-02").then().statusCode(204);
        Api.asAcmeAdmin().queryParam("year", 2031).get("/api/v1/holidays").then().statusCode(200)
                .body("", equalTo(List.of("2031-10-01")));
        Api.asAdmin().queryParam("year", 2031).get("/api/v1/holidays").then().statusCode(200)
                .body("", not(hasItem("2031-10-01")));
        Api.asAcmeAdmin().put("/api/v1/holidays/tomorrow").then().spec(Api.problem(400, "ORDER_SETTINGS_INVALID"));
        Api.asAcmeAdmin().queryParam("year", 1999).get("/api/v1/holidays").then()
                .spec(Api.problem(400, "ORDER_SETTINGS_INVALID"));
    }

    @Test
    void the_same_over_graphql() {
        GraphQLClient admin = GraphQLClient.user(Tokens.ACME_ADMIN);
        JsonPath changed = admin.mutate("""
                mutation($key: String) { updateOrderSettings(input: {receiptPeriodDays: 7, pointsPerUnit: 50,
                  pointsMaxSharePercent: 90}, idempotencyKey: $key) {
                  settings { receiptPeriodDays pointsPerUnit pointsMaxSharePercent paymentTerms { unsettledCodBlocksNext } }
                  errors { code field message } } }""", Map.of("key", UUID.randomUUID().toString()));
        assertThat(changed.getInt("data.updateOrderSettings.settings.receiptPeriodDays")).isEqualTo(7);
        assertThat(changed.getInt("data.updateOrderSettings.settings.pointsPerUnit")).isEqualTo(50);
        assertThat(changed.getInt("data.updateOrderSettings.settings.pointsMaxSharePercent")).isEqualTo(90);
        JsonPath refused = admin.mutate("""
                mutation { updateOrderSettings(input: {numberPrefix: "x"}) { settings { numberPrefix }
                  errors { code field } } }""", Map.of());
        assertThat(GraphQLClient.errorCodes(refused, "data.updateOrderSettings")).containsExactly("ORDER_SETTINGS_INVALID");
        assertThat(admin.query("{ orderSettings { receiptPeriodDays } }").getInt("data.orderSettings.receiptPeriodDays"))
                .isEqualTo(7);

        String customer = Api.createCustomer(Api.randomPhone());
        JsonPath own = GraphQLClient.user(Tokens.ADMIN).mutate("""
                mutation($c: ID!) { setCustomerPaymentTerms(customerId: $c, terms: {firstOrderMayPayOnDelivery: false,
                  returningMayPayOnDelivery: false, unsettledCodBlocksNext: true}) { customerTerms { own } errors { code } } }""",
                Map.of("c", customer));
        assertThat(own.getBoolean("data.setCustomerPaymentTerms.customerTerms.own")).isTrue();
        assertThat(GraphQLClient.user(Tokens.STAFF).query("query($c: ID!) { customerPaymentTerms(customerId: $c) { own terms { firstOrderMayPayOnDelivery } } }",
                Map.of("c", customer)).getBoolean("data.customerPaymentTerms.terms.firstOrderMayPayOnDelivery")).isFalse();

        JsonPath holidays = admin.mutate("mutation { addHoliday(day: \"2032-05-01\") { holidays errors { code } } }", Map.of());
        assertThat(holidays.getList("data.addHoliday.holidays", String.class)).containsExactly("2032-05-01");
        JsonPath staffRefused = GraphQLClient.user(Tokens.STAFF).query(
                "mutation { addHoliday(day: \"2032-05-02\") { holidays errors { code } } }", Map.of());
        assertThat(staffRefused.getList("errors")).isNotEmpty();
    }
}
