package dev.zhanggui.server.wallet;

import dev.zhanggui.server.testing.Api;
import dev.zhanggui.server.testing.GraphQLClient;
import dev.zhanggui.server.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static dev.zhanggui.server.testing.Api.problem;
import static dev.zhanggui.server.testing.GraphQLClient.vars;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * Per-merchant wallet settings over REST and GraphQL. The changes are made on merchant acme (the
 * other tests' demo merchant keeps its configured defaults) and put back at the end.
 */
@QuarkusTest
class WalletSettingsApiTest {
    static final String SETTINGS = "/api/v1/wallet-settings";
    static final String UPDATE = "mutation($in: WalletSettingsInput!, $v: Int) {"
            + " updateWalletSettings(input: $in, expectedVersion: $v)"
            + " { settings { withdrawalMinimum transfersEnabled pointsExpire version } errors { code field } } }";

    @Test
    void the_demo_merchant_has_the_configured_defaults_and_only_admins_see_them() {
        Api.asAdmin().get(SETTINGS).then().statusCode(200).body("transfersEnabled", equalTo(true))
                .body("pointsExpire", equalTo(false)).body("withdrawalMinimum", equalTo("1.00"));
        Api.asStaff().get(SETTINGS).then().statusCode(403);
        Api.asIntegration().body(Map.of("transfersEnabled", false)).put(SETTINGS).then().statusCode(403);
        Api.asCustomer().get(SETTINGS).then().statusCode(403);
        Api.anonymous().get(SETTINGS).then().statusCode(401);
        assertThat(GraphQLClient.user(Tokens.STAFF).query("{ walletSettings { version } }")
                .getString("errors[0].extensions.errorCode")).isEqualTo("FORBIDDEN");
    }

    @Test
    void an_admin_changes_the_settings_with_if_match_and_they_take_effect() {
        String etag = Api.asAcmeAdmin().get(SETTINGS).then().statusCode(200)
                .body("transfersEnabled", equalTo(false)).extract().header("ETag");
        try {
            JsonPath changed = Api.asAcmeAdmin().header("If-Match", etag)
                    .body(Map.of("withdrawalMinimum", "50.00", "transfersEnabled", true)).put(SETTINGS)
                    .then().statusCode(200).extract().jsonPath();
            assertThat(changed.getString("withdrawalMinimum")).isEqualTo("50.00");
            assertThat(changed.getBoolean("pointsExpire")).isFalse();
            Api.asAcmeAdmin().header("If-Match", etag).body(Map.of("pointsExpire", true)).put(SETTINGS)
                    .then().spec(problem(412, "VERSION_MISMATCH"));
            Api.asAcmeAdmin().body(Map.of("withdrawalMinimum", "0.50")).put(SETTINGS)
                    .then().spec(problem(400, "WALLET_SETTINGS_INVALID"));
            Api.asAcmeAdmin().body(Map.of("withdrawalMinimum", "abc")).put(SETTINGS)
                    .then().spec(problem(400, "WALLET_AMOUNT_INVALID"));

            // acme's customers may now transfer (to someone of acme) and withdraw from 50.00
            Api.asAcmeCustomer().body(Map.of("recipientPhone", Tokens.CUSTOMER, "amount", "1.00"))
                    .post(Api.ME + "/wallet/transfers").then().spec(problem(400, "WALLET_TRANSFER_RECIPIENT_INVALID"));
            Api.asAcmeCustomer().body(Map.of("amount", "20.00")).post(Api.ME + "/withdrawals")
                    .then().spec(problem(400, "WITHDRAWAL_BELOW_MINIMUM"));
            Api.asAdmin().get(SETTINGS).then().statusCode(200).body("withdrawalMinimum", equalTo("1.00"));

            GraphQLClient acme = GraphQLClient.user(Tokens.ACME_ADMIN);
            long version = acme.query("{ walletSettings { version } }").getLong("data.walletSettings.version");
            JsonPath stale = acme.mutate(UPDATE, vars("in", vars("pointsExpire", true), "v", (int) version - 1));
            assertThat(GraphQLClient.errorCodes(stale, "data.updateWalletSettings")).containsExactly("VERSION_MISMATCH");
            JsonPath done = acme.mutate(UPDATE, vars("in", vars("pointsExpire", true), "v", (int) version));
            assertThat(GraphQLClient.errorCodes(done, "data.updateWalletSettings")).isEmpty();
            assertThat(done.getBoolean("data.updateWalletSettings.settings.pointsExpire")).isTrue();
            assertThat(done.getString("data.updateWalletSettings.settings.withdrawalMinimum")).isEqualTo("50.00");
            JsonPath invalid = acme.mutate(UPDATE, vars("in", vars("withdrawalMinimum", "100000.01")));
            assertThat(GraphQLClient.errorCodes(invalid, "data.updateWalletSettings"))
                    .containsExactly("WALLET_SETTINGS_INVALID");
        } finally {
            Api.asAcmeAdmin().body(Map.of("withdrawalMinimum", "1.00", "transfersEnabled", false,
                    "pointsExpire", false)).put(SETTINGS).then().statusCode(200);
        }
    }
}
