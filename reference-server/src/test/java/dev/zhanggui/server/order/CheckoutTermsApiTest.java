package dev.zhanggui.server.order;

import dev.zhanggui.server.testing.Api;
import dev.zhanggui.server.testing.GraphQLClient;
import dev.zhanggui.server.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * The checkout terms a storefront shows (结算须知), over REST and GraphQL: anyone shopping reads
 * the merchant's points rate and cap, payment timeout and payment terms; a customer with terms of
 * their own sees those. Read on merchant demo and compared with what staff read in the settings.
 */
@QuarkusTest
class CheckoutTermsApiTest {
    static final String TERMS = "/api/v1/checkout-terms";
    private static final String QUERY = """
            { checkoutTerms { pointsPerUnit pointsUnitWorth pointsMaxSharePercent paymentTimeoutMinutes
              paymentTerms { firstOrderMayPayOnDelivery returningMayPayOnDelivery unsettledCodBlocksNext } } }""";

    @Test
    void anyone_shopping_reads_the_merchants_terms_over_rest() {
        JsonPath settings = Api.asStaff().get(OrderSettingsApiTest.SETTINGS).then().statusCode(200).extract().jsonPath();
        JsonPath anonymous = Api.anonymous().header("X-Merchant", "demo").get(TERMS).then().statusCode(200)
                .extract().jsonPath();
        assertThat(anonymous.getLong("pointsPerUnit")).isEqualTo(settings.getLong("pointsPerUnit"));
        assertThat(anonymous.getString("pointsUnitWorth")).isEqualTo(settings.getString("pointsUnitWorth"));
        assertThat(anonymous.getInt("pointsMaxSharePercent")).isEqualTo(settings.getInt("pointsMaxSharePercent"));
        assertThat(anonymous.getLong("paymentTimeoutMinutes")).isEqualTo(settings.getLong("paymentTimeoutMinutes"));
        assertThat(anonymous.getMap("paymentTerms")).isEqualTo(settings.getMap("paymentTerms"));
        assertThat(anonymous.getMap("")).doesNotContainKeys("numberPrefix", "reviewRequired", "receiptPeriodDays");

        Api.asCustomer().get(TERMS).then().statusCode(200)
                .body("pointsPerUnit", equalTo(settings.getInt("pointsPerUnit")));
        Api.anonymous().get(TERMS).then().spec(Api.problem(400, "MERCHANT_REQUIRED"));
        Api.anonymous().header("X-Merchant", "no-such-shop").get(TERMS).then().statusCode(404);
    }

    @Test
    void a_customer_with_terms_of_their_own_sees_them_over_rest_and_graphql() {
        String li = Api.asSecondCustomer().get("/api/v1/me").then().statusCode(200).extract().path("id");
        String own = "/api/v1/customers/" + li + "/payment-terms";
        Map<String, Object> merchants = Api.anonymous().header("X-Merchant", "demo").get(TERMS).then()
                .statusCode(200).extract().jsonPath().getMap("paymentTerms");
        Map<String, Boolean> special = Map.of("firstOrderMayPayOnDelivery", true, "returningMayPayOnDelivery", true,
                "unsettledCodBlocksNext", false);
        Api.asAdmin().body(special).put(own).then().statusCode(200).body("own", equalTo(true));
        try {
            Api.asSecondCustomer().get(TERMS).then().statusCode(200)
                    .body("paymentTerms.returningMayPayOnDelivery", equalTo(true))
                    .body("paymentTerms.unsettledCodBlocksNext", equalTo(false));
            JsonPath graphql = GraphQLClient.user(Tokens.CUSTOMER_2).query(QUERY);
            assertThat(graphql.getMap("data.checkoutTerms.paymentTerms")).isEqualTo(special);

            JsonPath anonymous = GraphQLClient.anonymous().header("X-Merchant", "demo").query(QUERY);
            assertThat(anonymous.getMap("data.checkoutTerms.paymentTerms")).isEqualTo(merchants);
            JsonPath settings = GraphQLClient.user(Tokens.STAFF).query(
                    "{ orderSettings { pointsPerUnit pointsUnitWorth pointsMaxSharePercent paymentTimeoutMinutes } }");
            assertThat(anonymous.getMap("data.checkoutTerms")).containsAllEntriesOf(settings.getMap("data.orderSettings"));
        } finally {
            Api.asAdmin().delete(own).then().statusCode(200).body("own", equalTo(false));
        }
    }
}
