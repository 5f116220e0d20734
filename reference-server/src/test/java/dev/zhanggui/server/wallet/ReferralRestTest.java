package dev.zhanggui.server.wallet;

import dev.zhanggui.catalog.SkuId;
import dev.zhanggui.customer.CustomerId;
import dev.zhanggui.customer.CustomerService;
import dev.zhanggui.customer.InvitationService;
import dev.zhanggui.customer.RandomInviteCodes;
import dev.zhanggui.order.CheckoutService;
import dev.zhanggui.order.FulfilmentService;
import dev.zhanggui.order.Order;
import dev.zhanggui.order.OrderPaymentService;
import dev.zhanggui.order.Tender;
import dev.zhanggui.order.TenderType;
import dev.zhanggui.server.testing.Api;
import dev.zhanggui.server.testing.Tokens;
import dev.zhanggui.shared.Actor;
import dev.zhanggui.shared.Money;
import dev.zhanggui.shared.Points;
import dev.zhanggui.wallet.Cause;
import dev.zhanggui.wallet.LedgerReason;
import dev.zhanggui.wallet.WalletPaymentService;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static dev.zhanggui.server.testing.Api.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;

/**
 * 邀请有礼 over REST: 张三 (13800000101, a customer of the test realm who never ordered) names the customer who invited him and invites one of his
 * own; their orders complete through the core's order use cases; the wallets show the purchase
 * points (a point per yuan paid in money) and the inviters' referral rewards (10), with their
 * causes; staff read who invited whom and what an order earned.
 */
@QuarkusTest
class ReferralRestTest {
    static final String INVITE = Api.ME + "/invite";
    static final String REFERRER = Api.ME + "/referrer";

    @Inject
    CheckoutService checkout;
    @Inject
    OrderPaymentService payments;
    @Inject
    FulfilmentService fulfilment;
    @Inject
    CustomerService customers;
    @Inject
    InvitationService invitations;
    @Inject
    WalletPaymentService walletPayments;

    @Test
    void a_customer_names_their_inviter_and_both_earn_when_orders_complete() {
        RewardOrders orders = new RewardOrders(checkout, payments, fulfilment, customers);
        Api.asAdmin().body(Map.of("earningRules", List.of(
                        Map.of("code", "purchase_reward", "args", Map.of("points", "1", "perYuan", "1")),
                        Map.of("code", "referral_first_order", "args", Map.of("points", "10")))))
                .put("/api/v1/points-rules").then().statusCode(200);
        String zhangsCode = Api.as(Tokens.of(Tokens.FRESH_CUSTOMER)).get(INVITE).then().statusCode(200)
                .body("inviteCode", matchesPattern("[" + RandomInviteCodes.ALPHABET + "]{8}"))
                .body("referrer", equalTo(null)).extract().path("inviteCode");
        String zhangId = Api.as(Tokens.of(Tokens.FRESH_CUSTOMER)).get(Api.ME).then().statusCode(200)
                .body("inviteCode", equalTo(zhangsCode)).extract().path("id");

        // the refusals: his own code, a code nobody has, no code at all
        Api.as(Tokens.of(Tokens.FRESH_CUSTOMER)).body(Map.of("inviteCode", zhangsCode)).post(REFERRER)
                .then().spec(problem(400, "CUSTOMER_REFERRER_INVALID")).body("errors[0].field", equalTo("inviteCode"));
        Api.as(Tokens.of(Tokens.FRESH_CUSTOMER)).body(Map.of("inviteCode", "ZZZZ-ZZZZ")).post(REFERRER)
                .then().spec(problem(400, "CUSTOMER_REFERRER_INVALID"));
        Api.as(Tokens.of(Tokens.FRESH_CUSTOMER)).body(Map.of()).post(REFERRER).then().spec(problem(400, "CUSTOMER_REFERRER_INVALID"));
        Api.asStaff().body(Map.of("inviteCode", zhangsCode)).post(REFERRER).then().statusCode(403);

        // 王五 invited 张三, who names him once; the same request again is a replay, another one refused
        Actor wang = orders.newCustomer();
        String wangsCode = invitations.myInvite(wang).code().value();
        CustomerId wangId = customers.me(wang).id();
        String key = "referrer-" + UUID.randomUUID();
        Api.as(Tokens.of(Tokens.FRESH_CUSTOMER)).header("Idempotency-Key", key).body(Map.of("inviteCode", wangsCode.toLowerCase()))
                .post(REFERRER).then().statusCode(200)
                .body("referrer.customerId", equalTo(wangId.toString())).body("referrer.via", equalTo("SELF"));
        Api.as(Tokens.of(Tokens.FRESH_CUSTOMER)).header("Idempotency-Key", key).body(Map.of("inviteCode", wangsCode.toLowerCase()))
                .post(REFERRER).then().statusCode(200).header("Idempotent-Replayed", "true");
        Api.as(Tokens.of(Tokens.FRESH_CUSTOMER)).body(Map.of("inviteCode", wangsCode)).post(REFERRER)
                .then().spec(problem(409, "CUSTOMER_REFERRER_ALREADY_SET"));
        Api.asAdmin().get(Api.CUSTOMERS + "/" + zhangId).then().statusCode(200)
                .body("referrer.customerId", equalTo(wangId.toString())).body("inviteCode", equalTo(zhangsCode));
        Api.asAdmin().get(Api.CUSTOMERS + "/" + wangId + "/invitees").then().statusCode(200)
                .body("items.id", hasItem(zhangId));

        // 赵六 names 张三 as his inviter; 张三 sees him, masked
        Actor zhao = orders.newCustomer();
        invitations.setMyReferrer(zhao, zhangsCode);
        String zhaosPhone = zhao.phone().orElseThrow();
        String masked = zhaosPhone.substring(0, 3) + "****" + zhaosPhone.substring(7);
        Api.as(Tokens.of(Tokens.FRESH_CUSTOMER)).get(Api.ME + "/invitees").then().statusCode(200)
                .body("items[0].phone", equalTo(masked)).body("items[0].via", equalTo("SELF"));
        assertThat(Api.as(Tokens.of(Tokens.FRESH_CUSTOMER)).get(INVITE).then().statusCode(200).extract().<Integer>path("invitedCount"))
                .isPositive();

        // 张三's first order and 赵六's, partly paid with points, complete
        SkuId lamp = RewardOrders.onSale("台灯", "88.50", 10);
        Actor zhang = Actor.customer(RewardOrders.DEMO, customers.get(orders.admin, CustomerId.parse(zhangId))
                .accountSubject().orElse("kc-zhang"), Tokens.FRESH_CUSTOMER);
        orders.withAddress(zhang);
        Order zhangsOrder = orders.completed(zhang, lamp, 1, 0);
        walletPayments.earnPoints(orders.admin, customers.me(zhao).id(), Points.of(500), LedgerReason.ADJUSTMENT,
                Cause.staff("admin"), "test-points-" + UUID.randomUUID());
        Order zhaosOrder = orders.completed(zhao, lamp, 2, 500);
        Money zhaoPaidWithPoints = zhaosOrder.tenders().stream().filter(t -> t.type() == TenderType.POINTS)
                .map(Tender::amount).findFirst().orElseThrow();
        assertThat(zhaoPaidWithPoints.isPositive()).isTrue();

        // 张三: his purchase points and the referral reward for 赵六's first order
        JsonPath zhangsPurchase = Api.as(Tokens.of(Tokens.FRESH_CUSTOMER)).queryParam("reason", "PURCHASE_REWARD").queryParam("limit", 1)
                .get(Api.ME + "/wallet/entries").then().statusCode(200).extract().jsonPath();
        assertThat(zhangsPurchase.getLong("items[0].points")).isEqualTo(zhangsOrder.total().minorUnits() / 100);
        assertThat(zhangsPurchase.getString("items[0].causeKind")).isEqualTo("ORDER");
        assertThat(zhangsPurchase.getString("items[0].causeReference")).isEqualTo(zhangsOrder.number());
        Api.as(Tokens.of(Tokens.FRESH_CUSTOMER)).queryParam("reason", "REFERRAL_REWARD").queryParam("limit", 1).get(Api.ME + "/wallet/entries")
                .then().statusCode(200).body("items[0].points", equalTo(10))
                .body("items[0].causeReference", equalTo(zhaosOrder.number()));

        // 王五: the referral reward for 张三's first order; 赵六: points on what he paid in money only
        Api.asAdmin().queryParam("reason", "REFERRAL_REWARD").get(Api.CUSTOMERS + "/" + wangId + "/wallet/entries")
                .then().statusCode(200).body("items.size()", equalTo(1)).body("items[0].points", equalTo(10))
                .body("items[0].causeKind", equalTo("ORDER")).body("items[0].causeReference", equalTo(zhangsOrder.number()))
                .body("items[0].operationKey", equalTo("referral-reward:" + zhangId));
        long zhaosPoints = zhaosOrder.total().minus(zhaoPaidWithPoints).minorUnits() / 100;
        Api.asAdmin().queryParam("reason", "PURCHASE_REWARD")
                .get(Api.CUSTOMERS + "/" + customers.me(zhao).id() + "/wallet/entries")
                .then().statusCode(200).body("items[0].points", equalTo((int) zhaosPoints));

        // what 张三's order earned, for after-sales
        Api.asAdmin().queryParam("order", zhangsOrder.number()).get("/api/v1/points-awards").then().statusCode(200)
                .body("kind", equalTo(List.of("PURCHASE", "REFERRAL")))
                .body("customerId", equalTo(List.of(zhangId, wangId.toString())))
                .body("[0].basis", equalTo(zhangsOrder.total().toString()))
                .body("[0].ruleCode", equalTo("purchase_reward"))
                .body("[1].points", equalTo(10));
        Api.as(Tokens.of(Tokens.FRESH_CUSTOMER)).queryParam("order", zhangsOrder.number()).get("/api/v1/points-awards").then().statusCode(403);
    }
}
