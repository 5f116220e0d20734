package dev.zhanggui.server.wallet;

import dev.zhanggui.catalog.SkuId;
import dev.zhanggui.customer.CustomerId;
import dev.zhanggui.customer.CustomerService;
import dev.zhanggui.customer.InvitationService;
import dev.zhanggui.order.CheckoutService;
import dev.zhanggui.order.FulfilmentService;
import dev.zhanggui.order.Order;
import dev.zhanggui.order.OrderPaymentService;
import dev.zhanggui.server.testing.GraphQLClient;
import dev.zhanggui.server.testing.Tokens;
import dev.zhanggui.shared.Actor;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 邀请有礼 over GraphQL, as a storefront does it: 李四 (13800000102, a customer of the test realm who never ordered) reads his invite code, names
 * his inviter with setMyReferrer (refusals in the payload), sees whom he invited; his first order
 * completes and both wallets show the points; staff read the link and the awards; an acme admin
 * sets acme's earning rules.
 */
@QuarkusTest
class ReferralGraphQLTest {
    static final String MY_INVITE = "{ myInvite { inviteCode invitedCount referrer { customerId via } } }";
    static final String SET_REFERRER = """
            mutation($code: String!, $key: String) { setMyReferrer(inviteCode: $code, idempotencyKey: $key) {
              invite { inviteCode referrer { customerId via linkedAt } } errors { code field message } } }""";
    static final String MY_INVITEES = "{ myInvitees(first: 5) { edges { node { phone via invitedAt } } pageInfo { hasNextPage } } }";
    static final String MY_ENTRIES = """
            query($f: WalletEntryFilter) { myWalletEntries(first: 5, filter: $f) {
              edges { node { points reason causeKind causeReference } } } }""";
    static final String ENTRIES = """
            query($c: ID!, $f: WalletEntryFilter) { walletEntries(customerId: $c, first: 5, filter: $f) {
              edges { node { points reason causeKind causeReference operationKey } } } }""";
    static final String AWARDS = """
            query($n: String!) { pointsAwards(orderNumber: $n) { kind customerId points basis rule { code } } }""";
    static final String SET_RULES = """
            mutation($e: [PointsRuleInput!], $key: String) { setPointsRules(earningRules: $e, idempotencyKey: $key) {
              rules { code } earningRules { code args { name value } } errors { code field } } }""";

    private final GraphQLClient li = GraphQLClient.user(Tokens.FRESH_CUSTOMER_2);
    private final GraphQLClient admin = GraphQLClient.user(Tokens.ADMIN);

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
    void a_storefront_names_the_inviter_and_the_first_order_rewards_both() {
        RewardOrders orders = new RewardOrders(checkout, payments, fulfilment, customers);
        JsonPath mine = li.query(MY_INVITE);
        String lisCode = mine.getString("data.myInvite.inviteCode");
        assertThat(lisCode).hasSize(8);
        assertThat(mine.getString("data.myInvite.referrer")).isNull();

        JsonPath own = li.mutate(SET_REFERRER, Map.of("code", lisCode));
        assertThat(GraphQLClient.errorCodes(own, "data.setMyReferrer")).containsExactly("CUSTOMER_REFERRER_INVALID");
        assertThat(own.getString("data.setMyReferrer.errors[0].field")).isEqualTo("inviteCode");
        assertThat(own.getString("data.setMyReferrer.invite")).isNull();

        Actor chen = orders.newCustomer();
        CustomerId chenId = customers.me(chen).id();
        String key = "li-referrer-" + UUID.randomUUID();
        Map<String, Object> variables = Map.of("code", invitations.myInvite(chen).code().value(), "key", key);
        JsonPath linked = li.mutate(SET_REFERRER, variables);
        assertThat(linked.getList("data.setMyReferrer.errors")).isEmpty();
        assertThat(linked.getString("data.setMyReferrer.invite.referrer.customerId")).isEqualTo(chenId.toString());
        assertThat(li.mutate(SET_REFERRER, variables).getString("data.setMyReferrer.invite.referrer.linkedAt"))
                .isEqualTo(linked.getString("data.setMyReferrer.invite.referrer.linkedAt"));
        assertThat(GraphQLClient.errorCodes(li.mutate(SET_REFERRER, Map.of("code", variables.get("code"))),
                "data.setMyReferrer")).containsExactly("CUSTOMER_REFERRER_ALREADY_SET");

        Actor zhou = orders.newCustomer();
        invitations.setMyReferrer(zhou, lisCode);
        JsonPath invitees = li.query(MY_INVITEES);
        assertThat(invitees.getString("data.myInvitees.edges[0].node.phone")).contains("****")
                .startsWith(zhou.phone().orElseThrow().substring(0, 3));
        assertThat(li.query(MY_INVITE).getLong("data.myInvite.invitedCount")).isPositive();
        String liId = li.query("{ me { id inviteCode referrer { customerId } } }").getString("data.me.id");
        JsonPath staffView = admin.query("query($id: ID!) { customer(id: $id) { inviteCode referrer { customerId via } } }",
                Map.of("id", liId));
        assertThat(staffView.getString("data.customer.referrer.customerId")).isEqualTo(chenId.toString());
        assertThat(staffView.getString("data.customer.referrer.via")).isEqualTo("SELF");
        assertThat(admin.query("query($id: ID!) { customerInvitees(id: $id) { edges { node { id } } } }",
                Map.of("id", chenId.toString())).getList("data.customerInvitees.edges.node.id")).containsExactly(liId);

        // 李四's first order completes
        SkuId tea = RewardOrders.onSale("铁观音", "66.60", 5);
        Actor liAsBuyer = Actor.customer(RewardOrders.DEMO, customers.get(orders.admin, CustomerId.parse(liId))
                .accountSubject().orElse("kc-li"), Tokens.FRESH_CUSTOMER_2);
        orders.withAddress(liAsBuyer);
        Order order = orders.completed(liAsBuyer, tea, 1, 0);

        JsonPath purchase = li.query(MY_ENTRIES, Map.of("f", Map.of("reason", "PURCHASE_REWARD")));
        assertThat(purchase.getLong("data.myWalletEntries.edges[0].node.points"))
                .isEqualTo(order.total().minorUnits() / 100);
        assertThat(purchase.getString("data.myWalletEntries.edges[0].node.causeReference")).isEqualTo(order.number());
        JsonPath referral = admin.query(ENTRIES, Map.of("c", chenId.toString(), "f", Map.of("reason", "REFERRAL_REWARD")));
        assertThat(referral.getList("data.walletEntries.edges")).hasSize(1);
        assertThat(referral.getLong("data.walletEntries.edges[0].node.points")).isEqualTo(10);
        assertThat(referral.getString("data.walletEntries.edges[0].node.causeKind")).isEqualTo("ORDER");
        assertThat(referral.getString("data.walletEntries.edges[0].node.causeReference")).isEqualTo(order.number());

        JsonPath awards = admin.query(AWARDS, Map.of("n", order.number()));
        assertThat(awards.getList("data.pointsAwards.kind")).containsExactly("PURCHASE", "REFERRAL");
        assertThat(awards.getList("data.pointsAwards.customerId")).containsExactly(liId, chenId.toString());
        assertThat(awards.getString("data.pointsAwards[0].rule.code")).isEqualTo("purchase_reward");
        assertThat(li.query(AWARDS, Map.of("n", order.number())).getList("errors")).isNotEmpty();
    }

    @Test
    void admins_set_the_earning_rules_and_bad_ones_are_refused_in_the_payload() {
        GraphQLClient acmeAdmin = GraphQLClient.user(Tokens.ACME_ADMIN);
        JsonPath bad = acmeAdmin.mutate(SET_RULES, Map.of("e", List.of(
                Map.of("code", "purchase_reward", "args", List.of(Map.of("name", "points", "value", "1"))),
                Map.of("code", "lucky_draw", "args", List.of()))));
        assertThat(bad.getList("data.setPointsRules.errors.field"))
                .containsExactly("earningRules[0].args.perYuan", "earningRules[1].code");
        assertThat(bad.getString("data.setPointsRules.earningRules")).isNull();

        JsonPath set = acmeAdmin.mutate(SET_RULES, Map.of("e", List.of(
                Map.of("code", "purchase_reward", "args", List.of(Map.of("name", "points", "value", "1"),
                        Map.of("name", "perYuan", "value", "10"))),
                Map.of("code", "downline_bonus", "args", List.of(Map.of("name", "points", "value", "5"),
                        Map.of("name", "maxCount", "value", "3")))), "key", "acme-rules-" + UUID.randomUUID()));
        assertThat(set.getList("data.setPointsRules.errors")).isEmpty();
        assertThat(set.getList("data.setPointsRules.earningRules.code"))
                .containsExactly("purchase_reward", "downline_bonus");
        assertThat(set.getList("data.setPointsRules.rules.code")).isNotEmpty();
        JsonPath read = GraphQLClient.anonymous().header("X-Merchant", "acme").query("{ earningRules { code } }");
        assertThat(read.getList("data.earningRules.code")).containsExactly("purchase_reward", "downline_bonus");
        assertThat(GraphQLClient.anonymous().header("X-Merchant", "demo").query("{ pointsRules { code } }")
                .getList("data.pointsRules.code")).contains("daily_sign_in");
        assertThat(GraphQLClient.user(Tokens.STAFF).query(SET_RULES, Map.of("e", List.of())).getList("errors"))
                .isNotEmpty();
    }
}
