package dev.zhanggui.server.wallet;

import dev.zhanggui.server.testing.GraphQLClient;
import dev.zhanggui.server.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** 充值返现 over GraphQL: plans, startTopUp, the sandbox pays, the wallet is credited once. */
@QuarkusTest
class TopUpGraphQLTest {
    static final String PLANS = "{ topUpPlans { id name amount bonus active version } }";
    static final String CREATE = "mutation($in: TopUpPlanInput!) { createTopUpPlan(input: $in)"
            + " { plan { id amount bonus active } errors { code field } } }";
    static final String START = "mutation($plan: ID, $amount: String) { startTopUp(planId: $plan, amount: $amount)"
            + " { topUp { planId principal bonus payment { id outTradeNo status amount }"
            + " intent { gateway prepayId clientParameters { name value } } } errors { code field } } }";

    private final GraphQLClient admin = GraphQLClient.user(Tokens.ADMIN);
    private final GraphQLClient customer = GraphQLClient.user(Tokens.CUSTOMER);

    @Test
    void a_customer_starts_a_top_up_by_plan_and_the_sandbox_payment_credits_it() {
        String amount = (1000 + (int) (Math.random() * 90_000)) + ".07";
        JsonPath created = admin.mutate(CREATE, Map.of("in", Map.of("name", "GQL " + UUID.randomUUID()
                .toString().substring(0, 6), "amount", amount, "bonus", "8.00")));
        assertThat(GraphQLClient.errorCodes(created, "data.createTopUpPlan")).isEmpty();
        String planId = created.getString("data.createTopUpPlan.plan.id");
        assertThat(customer.query(PLANS).getList("data.topUpPlans.id")).contains(planId);
        BigDecimal before = TopUpRestTest.balance();

        JsonPath started = customer.mutate(START, Map.of("plan", planId));

        assertThat(GraphQLClient.errorCodes(started, "data.startTopUp")).isEmpty();
        assertThat(started.getString("data.startTopUp.topUp.bonus")).isEqualTo("8.00");
        assertThat(started.getString("data.startTopUp.topUp.payment.status")).isEqualTo("PENDING");
        assertThat(started.getList("data.startTopUp.topUp.intent.clientParameters.name")).contains("package", "paySign");
        TopUpRestTest.sandboxPay(started.getString("data.startTopUp.topUp.payment.outTradeNo"));
        assertThat(TopUpRestTest.balance()).isEqualByComparingTo(before.add(new BigDecimal(amount)).add(new BigDecimal("8")));
    }

    @Test
    void refusals_come_back_in_the_payload() {
        assertThat(GraphQLClient.errorCodes(customer.mutate(START, Map.of()), "data.startTopUp"))
                .containsExactly("TOPUP_INVALID");
        assertThat(GraphQLClient.errorCodes(customer.mutate(START, Map.of("amount", "abc")), "data.startTopUp"))
                .containsExactly("WALLET_AMOUNT_INVALID");
        assertThat(GraphQLClient.errorCodes(admin.mutate(CREATE, Map.of("in", Map.of("name", "x", "amount", "10.00",
                "bonus", "11.00"))), "data.createTopUpPlan")).containsExactly("TOPUP_PLAN_INVALID");
        JsonPath anonymous = GraphQLClient.anonymous().header("X-Merchant", "demo").query(PLANS);
        assertThat(anonymous.getList("data.topUpPlans.active", Boolean.class)).doesNotContain(false);
    }
}
