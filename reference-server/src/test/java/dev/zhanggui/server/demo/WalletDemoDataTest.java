package dev.zhanggui.server.demo;

import dev.zhanggui.server.testing.Api;
import dev.zhanggui.server.testing.GraphQLClient;
import dev.zhanggui.server.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.zhanggui.server.testing.GraphQLClient.vars;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * The demo wallets: top-up plans 200 → +30 and 100 → +10, 王五 with a top-up and a check-in, 赵六
 * with credit; loading again (a restart) changes nothing. Nothing else touches these customers.
 */
@QuarkusTest
class WalletDemoDataTest {
    static final String WALLET = "query($c: ID!) { wallet(customerId: $c) { balance points creditLimit } }";

    @Inject
    WalletDemoData demo;

    private static String idOf(String phone) {
        return Api.asAdmin().queryParam("phone", phone).get(Api.CUSTOMERS).then().statusCode(200)
                .extract().jsonPath().getString("items[0].id");
    }

    @Test
    void the_demo_mall_has_plans_a_member_with_balance_and_points_and_a_wholesaler_with_credit() {
        JsonPath plans = Api.anonymous().header("X-Merchant", "demo").get("/api/v1/topup-plans").then()
                .statusCode(200).extract().jsonPath();
        assertThat(plans.getList("findAll { it.amount == '200.00' }.bonus")).contains("30.00");
        assertThat(plans.getList("findAll { it.amount == '100.00' }.bonus")).contains("10.00");
        String wangwu = idOf(WalletDemoData.WANGWU);
        String zhaoliu = idOf(WalletDemoData.ZHAOLIU);

        demo.load(null);

        // 王五's points: the demo check-in's 10, plus the purchase reward of his completed demo order.
        Api.asStaff().get(Api.CUSTOMERS + "/" + wangwu + "/wallet").then().statusCode(200)
                .body("principal", equalTo("200.00")).body("bonus", equalTo("30.00"));
        Api.asStaff().queryParam("reason", "SIGN_IN").get(Api.CUSTOMERS + "/" + wangwu + "/wallet/entries").then()
                .statusCode(200).body("items.points", equalTo(List.of(10)));
        long points = Api.asStaff().get(Api.CUSTOMERS + "/" + wangwu + "/wallet").then().extract().jsonPath()
                .getLong("points");
        Api.asStaff().get(Api.CUSTOMERS + "/" + zhaoliu + "/credit-statement").then().statusCode(200)
                .body("creditLimit", equalTo("20000.00")).body("creditAvailable", equalTo("20000.00"));
        GraphQLClient staff = GraphQLClient.user(Tokens.STAFF);
        assertThat(staff.query(WALLET, vars("c", zhaoliu)).getString("data.wallet.creditLimit")).isEqualTo("20000.00");
        JsonPath member = staff.query(WALLET, vars("c", wangwu));
        assertThat(member.getString("data.wallet.balance")).isEqualTo("230.00");
        assertThat(member.getLong("data.wallet.points")).isEqualTo(points).isGreaterThanOrEqualTo(10);
        Api.asAdmin().post("/api/v1/wallets/reconciliation").then().statusCode(200).body("balanced", equalTo(true));
    }
}
