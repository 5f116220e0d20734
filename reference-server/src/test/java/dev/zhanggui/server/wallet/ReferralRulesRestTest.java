package dev.zhanggui.server.wallet;

import dev.zhanggui.catalog.SkuId;
import dev.zhanggui.customer.CustomerId;
import dev.zhanggui.customer.CustomerService;
import dev.zhanggui.customer.InvitationService;
import dev.zhanggui.order.CheckoutService;
import dev.zhanggui.order.FulfilmentService;
import dev.zhanggui.order.OrderPaymentService;
import dev.zhanggui.server.testing.Api;
import dev.zhanggui.server.testing.ParallelCalls;
import dev.zhanggui.server.testing.TestCustomers;
import dev.zhanggui.shared.Actor;
import dev.zhanggui.shared.ErrorCode;
import dev.zhanggui.shared.MerchantId;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static dev.zhanggui.server.testing.Api.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;

/**
 * The earning rules over the existing points-rules API (a client that knows only the check-in
 * rules keeps working), staff registering a customer with the invite code of the one who brought
 * them, the downline bonus capped at its count also when registrations race, and the inviter
 * refused once the customer has ordered.
 */
@QuarkusTest
class ReferralRulesRestTest {
    static final String RULES = "/api/v1/points-rules";
    static final MerchantId ACME = MerchantId.of("acme");

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

    @Test
    void earning_rules_sit_next_to_the_check_in_rules_and_either_part_may_be_left_out() {
        Api.anonymous().header("X-Merchant", "demo").get(RULES).then().statusCode(200)
                .body("rules[0].code", equalTo("daily_sign_in"))
                .body("earningRules.code", equalTo(List.of("purchase_reward", "referral_first_order")));
        Map<String, Object> bad = Map.of("rules", List.of(Map.of("code", "lottery", "args", Map.of())),
                "earningRules", List.of(Map.of("code", "purchase_reward", "args", Map.of("points", "1")),
                        Map.of("code", "referral_first_order", "args", Map.of("points", "0"))));
        Api.asAcmeAdmin().body(bad).put(RULES).then().spec(problem(400, "POINTS_RULE_INVALID"))
                .body("errors.field", equalTo(List.of("rules[0].code", "earningRules[0].args.perYuan",
                        "earningRules[1].args.points")));
        Api.asAcmeAdmin().body(Map.of()).put(RULES).then().spec(problem(400, "POINTS_RULE_INVALID"));

        Api.asAcmeAdmin().body(Map.of("rules", List.of(Map.of("code", "daily_sign_in", "args", Map.of("points", "7"))),
                "earningRules", List.of())).put(RULES).then().statusCode(200);
        Api.asAcmeAdmin().body(Map.of("earningRules", List.of(Map.of("code", "referral_first_order",
                "args", Map.of("points", "20"))))).put(RULES).then().statusCode(200)
                .body("earningRules[0].args.points", equalTo("20")).body("rules[0].args.points", equalTo("7"));
        Api.asAcmeAdmin().body(Map.of("rules", List.of(Map.of("code", "daily_sign_in", "args", Map.of("points", "3")))))
                .put(RULES).then().statusCode(200)
                .body("rules.size()", equalTo(1)).body("earningRules[0].code", equalTo("referral_first_order"));
        Api.asAcmeAdmin().body(Map.of("rules", List.of(), "earningRules", List.of())).put(RULES).then().statusCode(200)
                .body("rules.size()", equalTo(0)).body("earningRules.size()", equalTo(0));
        Api.asAcmeAdmin().body(Map.of("rules", List.of(Map.of("code", "daily_sign_in", "args", Map.of("points", "10"))),
                "earningRules", List.of(Map.of("code", "purchase_reward", "args", Map.of("points", "1", "perYuan", "1")))))
                .put(RULES).then().statusCode(200);
    }

    @Test
    void staff_register_invited_customers_and_the_downline_bonus_stops_at_its_count() throws Exception {
        Api.asAcmeAdmin().body(Map.of("earningRules", List.of(Map.of("code", "downline_bonus",
                "args", Map.of("points", "5", "maxCount", "3"))))).put(RULES).then().statusCode(200);
        Actor inviter = Actor.customer(ACME, "kc-" + UUID.randomUUID(), TestCustomers.newPhone());
        String code = invitations.myInvite(inviter).code().value();
        CustomerId inviterId = customers.me(inviter).id();

        Map<String, Object> unknown = new LinkedHashMap<>(Api.newCustomer(Api.randomPhone()));
        unknown.put("inviteCode", "NOBODY99");
        Api.asAcmeAdmin().body(unknown).post(Api.CUSTOMERS).then().spec(problem(400, "CUSTOMER_REFERRER_INVALID"))
                .body("errors[0].field", equalTo("inviteCode"));

        List<Integer> statuses = ParallelCalls.fire(6, () -> {
            Map<String, Object> body = new LinkedHashMap<>(Api.newCustomer(Api.randomPhone()));
            body.put("inviteCode", code);
            return Api.asAcmeAdmin().body(body).post(Api.CUSTOMERS).then()
                    .body("referrer.customerId", equalTo(inviterId.toString())).body("referrer.via", equalTo("STAFF"))
                    .extract().statusCode();
        });

        assertThat(statuses).containsOnly(201);
        assertThat(invitations.myInvite(inviter).invitedCount()).isEqualTo(6);
        Api.asAcmeAdmin().queryParam("reason", "REFERRAL_REWARD").queryParam("limit", 20)
                .get(Api.CUSTOMERS + "/" + inviterId + "/wallet/entries").then().statusCode(200)
                .body("items.size()", equalTo(3)).body("items.points", equalTo(List.of(5, 5, 5)))
                .body("items.causeKind", equalTo(List.of("REFERRAL", "REFERRAL", "REFERRAL")));
        Api.asAcmeAdmin().get(Api.CUSTOMERS + "/" + inviterId + "/wallet").then().statusCode(200)
                .body("points", equalTo(15));
        Api.asAcmeAdmin().body(Map.of("earningRules", List.of(Map.of("code", "purchase_reward",
                "args", Map.of("points", "1", "perYuan", "1"))))).put(RULES).then().statusCode(200);
    }

    @Test
    void a_customer_who_has_ordered_can_no_longer_name_an_inviter() {
        RewardOrders orders = new RewardOrders(checkout, payments, fulfilment, customers);
        Actor inviter = orders.newCustomer();
        Actor buyer = orders.newCustomer();
        SkuId cup = RewardOrders.onSale("茶杯", "12.00", 3);
        orders.shipped(buyer, cup, 1, 0);

        assertThatThrownBy(() -> invitations.setMyReferrer(buyer, invitations.myInvite(inviter).code().value()))
                .extracting("code").isEqualTo(ErrorCode.CUSTOMER_REFERRER_TOO_LATE);
        assertThat(invitations.myInvite(buyer).referral()).isEmpty();
    }
}
