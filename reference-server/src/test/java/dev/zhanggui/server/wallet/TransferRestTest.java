package dev.zhanggui.server.wallet;

import dev.zhanggui.server.testing.Api;
import dev.zhanggui.server.testing.GraphQLClient;
import dev.zhanggui.server.testing.ParallelCalls;
import dev.zhanggui.server.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static dev.zhanggui.server.testing.Api.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/** 余额转让 over REST and GraphQL: opposite transfers in parallel neither deadlock nor lose a fen. */
@QuarkusTest
class TransferRestTest {
    static final String TRANSFERS = Api.ME + "/wallet/transfers";

    private static BigDecimal principal(RequestSpecification as) {
        return new BigDecimal(as.get(Api.ME + "/wallet").then().statusCode(200).extract().<String>path("principal"));
    }

    private static void topUp(RequestSpecification as, String amount) {
        String id = as.get(Api.ME).then().statusCode(200).extract().path("id");
        Api.asStaff().header("Idempotency-Key", "tr-topup-" + UUID.randomUUID())
                .body(WalletRestTest.credit("TOPUP", amount, null, "现金")).post(WalletRestTest.wallet(id) + "/credits")
                .then().statusCode(201);
    }

    @Test
    void opposite_transfers_in_parallel_keep_the_total_and_each_key_moves_once() throws Exception {
        topUp(Api.asCustomer(), "50.00");
        topUp(Api.asSecondCustomer(), "50.00");
        BigDecimal total = principal(Api.asCustomer()).add(principal(Api.asSecondCustomer()));

        List<Integer> statuses = ParallelCalls.atOnce(20, i -> () -> (i % 2 == 0 ? Api.asCustomer() : Api.asSecondCustomer())
                .header("Idempotency-Key", "tr-" + UUID.randomUUID())
                .body(Map.of("recipientPhone", i % 2 == 0 ? Tokens.CUSTOMER_2 : Tokens.CUSTOMER, "amount", "1.00"))
                .post(TRANSFERS).statusCode());

        assertThat(statuses).containsOnly(201);
        assertThat(principal(Api.asCustomer()).add(principal(Api.asSecondCustomer()))).isEqualByComparingTo(total);
        String key = "tr-once-" + UUID.randomUUID();
        BigDecimal before = principal(Api.asSecondCustomer());
        for (int i = 0; i < 2; i++) {
            Api.asCustomer().header("Idempotency-Key", key)
                    .body(Map.of("recipientPhone", Tokens.CUSTOMER_2, "amount", "2.00")).post(TRANSFERS)
                    .then().statusCode(201).body("entries[0].reason", equalTo("TRANSFER_OUT"));
        }
        assertThat(principal(Api.asSecondCustomer())).isEqualByComparingTo(before.add(new BigDecimal("2.00")));
        Api.asAdmin().post("/api/v1/wallets/reconciliation").then().statusCode(200).body("balanced", equalTo(true));
    }

    @Test
    void refusals() {
        Api.asCustomer().body(Map.of("recipientPhone", Tokens.CUSTOMER, "amount", "1.00")).post(TRANSFERS)
                .then().spec(problem(400, "WALLET_TRANSFER_RECIPIENT_INVALID"));
        Api.asCustomer().body(Map.of("recipientPhone", Tokens.CUSTOMER_2, "amount", "99999999.00")).post(TRANSFERS)
                .then().spec(problem(422, "WALLET_INSUFFICIENT_BALANCE"));
        Api.asAcmeCustomer().body(Map.of("recipientPhone", Tokens.CUSTOMER, "amount", "1.00")).post(TRANSFERS)
                .then().spec(problem(403, "WALLET_TRANSFER_DISABLED"));
        Api.asStaff().body(Map.of("recipientPhone", Tokens.CUSTOMER, "amount", "1.00")).post(TRANSFERS)
                .then().statusCode(403);
        var answer = GraphQLClient.user(Tokens.ACME_CUSTOMER).mutate("mutation { transferBalance(recipientPhone:"
                + " \"13800000001\", amount: \"1.00\") { errors { code } } }", Map.of());
        assertThat(GraphQLClient.errorCodes(answer, "data.transferBalance")).containsExactly("WALLET_TRANSFER_DISABLED");
    }
}
