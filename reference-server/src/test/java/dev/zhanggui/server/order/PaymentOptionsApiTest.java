package dev.zhanggui.server.order;

import dev.zhanggui.server.testing.Api;
import dev.zhanggui.server.testing.GraphQLClient;
import dev.zhanggui.server.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The payment options preview (抵扣预览) over REST and GraphQL, for 张三: what his wallet may pay of
 * a total under the merchant's checkout terms, and the split of the points and balance he chooses.
 * Expected figures are worked out from his wallet and the terms as they stand (other tests move both).
 */
@QuarkusTest
class PaymentOptionsApiTest {
    static final String OPTIONS = "/api/v1/me/payment-options";
    private static final String QUERY = """
            query($total: String!, $points: Int, $useBalance: Boolean) {
              myPaymentOptions(total: $total, points: $points, useBalance: $useBalance) {
                pointsAvailable pointsUsable pointsUsableWorth balanceAvailable walletFrozen
                points paidByPoints paidByBalance due } }""";

    @Test
    void the_preview_follows_the_wallet_and_the_terms_and_agrees_over_rest_and_graphql() {
        JsonPath wallet = Api.asCustomer().get("/api/v1/me/wallet").then().statusCode(200).extract().jsonPath();
        JsonPath terms = Api.asCustomer().get(CheckoutTermsApiTest.TERMS).then().statusCode(200).extract().jsonPath();
        long points = wallet.getLong("points");
        BigDecimal balance = new BigDecimal(wallet.getString("balance"));
        boolean frozen = wallet.getBoolean("frozen");
        long perUnit = terms.getLong("pointsPerUnit");
        long unitFen = new BigDecimal(terms.getString("pointsUnitWorth")).movePointRight(2).longValueExact();
        long capFen = 5_000L * terms.getInt("pointsMaxSharePercent") / 100;
        long usable = frozen ? 0 : Math.min(points, ((capFen + 1) * perUnit - 1) / unitFen);

        JsonPath preview = Api.asCustomer().queryParam("total", "50.00").get(OPTIONS).then().statusCode(200)
                .extract().jsonPath();
        assertThat(preview.getLong("pointsAvailable")).isEqualTo(points);
        assertThat(preview.getLong("pointsUsable")).isEqualTo(usable);
        assertThat(preview.getString("pointsUsableWorth")).isEqualTo(worth(usable, perUnit, unitFen));
        assertThat(preview.getString("due")).isEqualTo("50.00");

        long chosen = Math.min(usable, 100);
        JsonPath split = Api.asCustomer().queryParam("total", "50.00").queryParam("points", chosen)
                .queryParam("useBalance", true).get(OPTIONS).then().statusCode(200).extract().jsonPath();
        BigDecimal byPoints = new BigDecimal(worth(chosen, perUnit, unitFen));
        BigDecimal left = new BigDecimal("50.00").subtract(byPoints);
        BigDecimal byBalance = frozen ? new BigDecimal("0.00") : balance.min(left);
        assertThat(split.getString("paidByPoints")).isEqualTo(byPoints.toPlainString());
        assertThat(split.getString("paidByBalance")).isEqualTo(byBalance.setScale(2, RoundingMode.UNNECESSARY).toPlainString());
        assertThat(split.getString("due")).isEqualTo(left.subtract(byBalance).setScale(2, RoundingMode.UNNECESSARY).toPlainString());

        JsonPath graphql = GraphQLClient.user(Tokens.CUSTOMER).query(QUERY,
                Map.of("total", "50.00", "points", (int) chosen, "useBalance", true));
        Map<String, Object> node = graphql.getMap("data.myPaymentOptions");
        assertThat(node).containsEntry("paidByPoints", split.getString("paidByPoints"))
                .containsEntry("paidByBalance", split.getString("paidByBalance"))
                .containsEntry("due", split.getString("due"))
                .containsEntry("pointsUsableWorth", preview.getString("pointsUsableWorth"));
        assertThat(((Number) node.get("pointsUsable")).longValue()).isEqualTo(usable);
    }

    @Test
    void bad_input_and_other_callers_are_refused() {
        Api.asCustomer().get(OPTIONS).then().spec(Api.problem(400, "ORDER_TENDER_INVALID"));
        Api.asCustomer().queryParam("total", "abc").get(OPTIONS).then().spec(Api.problem(400, "ORDER_TENDER_INVALID"));
        Api.asCustomer().queryParam("total", "-1.00").get(OPTIONS).then().spec(Api.problem(400, "ORDER_TENDER_INVALID"));
        Api.asCustomer().queryParam("total", "50.00").queryParam("points", 999_999_999).get(OPTIONS)
                .then().spec(Api.problem(400, "ORDER_TENDER_INVALID"));
        Api.asCustomer().queryParam("total", "50.00").queryParam("points", "many").get(OPTIONS)
                .then().spec(Api.problem(400, "ORDER_TENDER_INVALID"));
        Api.asCustomer().queryParam("total", "50.00").queryParam("useBalance", "maybe").get(OPTIONS)
                .then().spec(Api.problem(400, "ORDER_TENDER_INVALID"));
        Api.asStaff().queryParam("total", "50.00").get(OPTIONS).then().statusCode(403);
        Api.anonymous().header("X-Merchant", "demo").queryParam("total", "50.00").get(OPTIONS).then().statusCode(401);

        JsonPath refused = GraphQLClient.user(Tokens.CUSTOMER).query(QUERY, Map.of("total", "5.0.0"));
        assertThat(refused.getList("errors.extensions.errorCode")).containsExactly("ORDER_TENDER_INVALID");
    }

    private static String worth(long points, long perUnit, long unitFen) {
        return BigDecimal.valueOf(points * unitFen / perUnit, 2).toPlainString();
    }
}
