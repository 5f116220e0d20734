package dev.zhanggui.server.wallet;

import dev.zhanggui.server.testing.Api;
import dev.zhanggui.server.testing.GraphQLClient;
import dev.zhanggui.server.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Map;
import java.util.UUID;

import static dev.zhanggui.server.testing.GraphQLClient.vars;
import static org.assertj.core.api.Assertions.assertThat;

/** Member wallets over GraphQL: the same operations as REST, refusals in the payload's errors. */
@QuarkusTest
class WalletGraphQLTest {
    static final String WALLET_FIELDS = "customerId balance principal bonus points creditLimit creditInUse frozen version";
    static final String PAYLOAD = "{ wallet { " + WALLET_FIELDS + " } entries { id reason amount subBalance note corrects }"
            + " replayed errors { code field } }";
    static final String CREDIT = "mutation($c: ID!, $in: CreditWalletInput!, $key: String) {"
            + " creditWallet(customerId: $c, input: $in, idempotencyKey: $key) " + PAYLOAD + " }";
    static final String DEBIT = "mutation($c: ID!, $in: DebitWalletInput!, $key: String) {"
            + " debitWallet(customerId: $c, input: $in, idempotencyKey: $key) " + PAYLOAD + " }";
    static final String FREEZE = "mutation($c: ID!) { freezeWallet(customerId: $c) " + PAYLOAD + " }";
    static final String UNFREEZE = "mutation($c: ID!) { unfreezeWallet(customerId: $c) " + PAYLOAD + " }";
    static final String LIMIT = "mutation($c: ID!, $limit: String!, $v: Int) {"
            + " setCreditLimit(customerId: $c, limit: $limit, expectedVersion: $v) " + PAYLOAD + " }";
    static final String RECONCILE = "mutation { reconcileWallets { reconciliation { walletsChecked balanced"
            + " drifts { account } } errors { code } } }";
    static final String WALLET = "query($c: ID!) { wallet(customerId: $c) { " + WALLET_FIELDS + " } }";
    static final String ENTRIES = "query($c: ID!, $f: WalletEntryFilter, $after: String) {"
            + " walletEntries(customerId: $c, first: 2, filter: $f, after: $after)"
            + " { edges { cursor node { reason amount points } } pageInfo { hasNextPage endCursor } } }";
    static final String MY_WALLET = "{ myWallet { " + WALLET_FIELDS + " } }";
    static final String MY_ENTRIES = "query($f: WalletEntryFilter) { myWalletEntries(first: 5, filter: $f)"
            + " { edges { node { reason amount note } } } }";

    private final GraphQLClient admin = GraphQLClient.user(Tokens.ADMIN);
    private final GraphQLClient staff = GraphQLClient.user(Tokens.STAFF);

    @Test
    void staff_top_up_replay_debit_freeze_and_read_the_history() {
        String customer = Api.createCustomer(Api.randomPhone());
        String key = "gql-topup-" + UUID.randomUUID();
        Map<String, Object> topUp = vars("c", customer, "key", key,
                "in", vars("reason", "TOPUP", "amount", "200.00", "bonus", "30.00", "note", "现金"));

        JsonPath first = staff.mutate(CREDIT, topUp);
        assertThat(GraphQLClient.errorCodes(first, "data.creditWallet")).isEmpty();
        assertThat(first.getString("data.creditWallet.wallet.balance")).isEqualTo("230.00");
        assertThat(first.getList("data.creditWallet.entries.reason")).containsExactly("TOPUP", "TOPUP_BONUS");
        JsonPath again = staff.mutate(CREDIT, topUp);
        assertThat(again.getList("data.creditWallet.entries.id"))
                .isEqualTo(first.getList("data.creditWallet.entries.id"));
        assertThat(staff.query(WALLET, vars("c", customer)).getString("data.wallet.balance")).isEqualTo("230.00");

        JsonPath debited = staff.mutate(DEBIT, vars("c", customer, "key", "gql-d-" + UUID.randomUUID(),
                "in", vars("amount", "210.00", "note", "划卡")));
        assertThat(debited.getString("data.debitWallet.wallet.principal")).isEqualTo("0.00");
        assertThat(debited.getString("data.debitWallet.wallet.bonus")).isEqualTo("20.00");
        assertThat(debited.getList("data.debitWallet.entries.subBalance")).containsExactly("PRINCIPAL", "BONUS");

        assertThat(staff.mutate(FREEZE, vars("c", customer)).getBoolean("data.freezeWallet.wallet.frozen")).isTrue();
        JsonPath refused = staff.mutate(DEBIT, vars("c", customer, "in", vars("amount", "1.00")));
        assertThat(GraphQLClient.errorCodes(refused, "data.debitWallet")).containsExactly("WALLET_FROZEN");
        assertThat(refused.getString("data.debitWallet.wallet")).isNull();
        assertThat(staff.mutate(UNFREEZE, vars("c", customer)).getBoolean("data.unfreezeWallet.wallet.frozen"))
                .isFalse();
        JsonPath tooMuch = staff.mutate(DEBIT, vars("c", customer, "in", vars("amount", "20.01")));
        assertThat(GraphQLClient.errorCodes(tooMuch, "data.debitWallet")).containsExactly("WALLET_INSUFFICIENT_BALANCE");
        JsonPath badAmount = staff.mutate(DEBIT, vars("c", customer, "in", vars("amount", "ten")));
        assertThat(GraphQLClient.errorCodes(badAmount, "data.debitWallet")).containsExactly("WALLET_AMOUNT_INVALID");

        JsonPath page = staff.query(ENTRIES, vars("c", customer));
        assertThat(page.getList("data.walletEntries.edges.node.reason"))
                .containsExactly("STAFF_DEBIT", "STAFF_DEBIT");
        assertThat(page.getBoolean("data.walletEntries.pageInfo.hasNextPage")).isTrue();
        JsonPath next = staff.query(ENTRIES, vars("c", customer,
                "after", page.getString("data.walletEntries.pageInfo.endCursor")));
        assertThat(next.getList("data.walletEntries.edges.node.reason")).containsExactly("TOPUP_BONUS", "TOPUP");
        JsonPath bonuses = staff.query(ENTRIES, vars("c", customer, "f", vars("reason", "TOPUP_BONUS")));
        assertThat(bonuses.getList("data.walletEntries.edges.node.amount")).containsExactly("30.00");
    }

    @Test
    void credit_limit_and_reconciliation_are_for_admins() {
        String customer = Api.createCustomer(Api.randomPhone());
        JsonPath set = admin.mutate(LIMIT, vars("c", customer, "limit", "3000.00", "v", 0));
        assertThat(GraphQLClient.errorCodes(set, "data.setCreditLimit")).isEmpty();
        assertThat(set.getString("data.setCreditLimit.wallet.creditLimit")).isEqualTo("3000.00");
        JsonPath stale = admin.mutate(LIMIT, vars("c", customer, "limit", "1.00", "v", 0));
        assertThat(GraphQLClient.errorCodes(stale, "data.setCreditLimit")).containsExactly("VERSION_MISMATCH");

        JsonPath byStaff = staff.query(LIMIT, vars("c", customer, "limit", "1.00"));
        assertThat(byStaff.getString("errors[0].extensions.errorCode")).isEqualTo("FORBIDDEN");

        JsonPath report = admin.mutate(RECONCILE, Map.of());
        assertThat(report.getBoolean("data.reconcileWallets.reconciliation.balanced")).isTrue();
        assertThat(report.getList("data.reconcileWallets.reconciliation.drifts")).isEmpty();
        assertThat(report.getLong("data.reconcileWallets.reconciliation.walletsChecked")).isPositive();
    }

    @Test
    void customers_see_only_their_own_wallet_and_other_merchants_see_nothing() {
        GraphQLClient li = GraphQLClient.user(Tokens.CUSTOMER_2);
        String liId = Api.asSecondCustomer().get(Api.ME).then().statusCode(200).extract().path("id");
        BigDecimal before = new BigDecimal(li.query(MY_WALLET).getString("data.myWallet.balance"));
        String note = "gql-" + UUID.randomUUID();
        staff.mutate(CREDIT, vars("c", liId, "in", vars("reason", "STAFF_CREDIT", "amount", "5.00", "note", note)));

        JsonPath mine = li.query(MY_WALLET);
        assertThat(mine.getString("data.myWallet.customerId")).isEqualTo(liId);
        assertThat(new BigDecimal(mine.getString("data.myWallet.balance")))
                .isEqualByComparingTo(before.add(new BigDecimal("5.00")));
        JsonPath history = li.query(MY_ENTRIES, vars("f", vars("reason", "STAFF_CREDIT")));
        assertThat(history.getList("data.myWalletEntries.edges.node.note")).contains(note);

        assertThat(li.query(WALLET, vars("c", liId)).getString("errors[0].extensions.errorCode"))
                .isEqualTo("FORBIDDEN");
        JsonPath byCustomer = li.query(CREDIT, vars("c", liId, "in", vars("reason", "TOPUP", "amount", "9.00")));
        assertThat(byCustomer.getString("errors[0].extensions.errorCode")).isEqualTo("FORBIDDEN");
        GraphQLClient acme = GraphQLClient.user(Tokens.ACME_ADMIN);
        assertThat(acme.query(WALLET, vars("c", liId)).getString("data.wallet")).isNull();
        JsonPath acmeCredit = acme.mutate(CREDIT, vars("c", liId, "in", vars("reason", "TOPUP", "amount", "9.00")));
        assertThat(GraphQLClient.errorCodes(acmeCredit, "data.creditWallet")).containsExactly("CUSTOMER_NOT_FOUND");
        assertThat(GraphQLClient.anonymous().query(MY_WALLET).getString("errors[0].extensions.errorCode"))
                .isEqualTo("UNAUTHENTICATED");
    }
}
