package dev.zhanggui.server.aftersale;

import dev.zhanggui.server.testing.Api;
import dev.zhanggui.server.testing.GraphQLClient;
import dev.zhanggui.server.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static dev.zhanggui.server.testing.Api.problem;
import static dev.zhanggui.server.testing.GraphQLClient.errorCodes;
import static dev.zhanggui.server.testing.GraphQLClient.vars;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * The after-sales terms (售后设置) over REST and GraphQL: staff read them, admins change them at the
 * version they read, bad values and stale versions are refused with their codes, and one merchant's
 * terms are not another's. Changes are made to the acme merchant, so that the demo merchant's terms,
 * which the other after-sales tests rely on, stay the defaults.
 */
@QuarkusTest
class AfterSaleSettingsTest {
    static final String SETTINGS = "/api/v1/after-sale-settings";
    static final String QUERY = "{ afterSaleSettings { refundShippingBeforeShipping restock version } }";
    static final String UPDATE = """
            mutation($in: AfterSaleSettingsInput!, $v: Int, $key: String) {
              updateAfterSaleSettings(input: $in, expectedVersion: $v, idempotencyKey: $key) {
                settings { refundShippingBeforeShipping restock version } errors { code field message } } }""";

    @Test
    void admins_change_the_terms_at_the_version_they_read_over_rest() {
        Api.asCustomer().get(SETTINGS).then().statusCode(403);
        Api.asStaff().get(SETTINGS).then().statusCode(200).body("restock", equalTo("WHEN_RECEIVED"))
                .body("refundShippingBeforeShipping", equalTo(true));
        Api.asStaff().body(Map.of("restock", "NEVER")).put(SETTINGS).then().statusCode(403);

        JsonPath before = Api.asAcmeAdmin().get(SETTINGS).then().statusCode(200).extract().jsonPath();
        long version = before.getLong("version");
        String etag = Api.asAcmeAdmin().get(SETTINGS).then().extract().header("ETag");
        assertThat(etag).contains(String.valueOf(version));

        Api.asAcmeAdmin().header("If-Match", "\"" + (version + 7) + "\"").body(Map.of("restock", "NEVER"))
                .put(SETTINGS).then().spec(problem(412, "VERSION_MISMATCH"));
        Api.asAcmeAdmin().header("If-Match", "\"" + version + "\"").body(Map.of("restock", "SOMETIMES"))
                .put(SETTINGS).then().spec(problem(400, "AFTERSALE_SETTINGS_INVALID"))
                .body("errors[0].field", equalTo("restock"));

        Api.asAcmeAdmin().header("If-Match", "\"" + version + "\"").body(Map.of("restock", "NEVER"))
                .put(SETTINGS).then().statusCode(200).header("ETag", org.hamcrest.Matchers.containsString(
                        String.valueOf(version + 1)))
                .body("restock", equalTo("NEVER"))
                .body("refundShippingBeforeShipping", equalTo(before.getBoolean("refundShippingBeforeShipping")))
                .body("version", equalTo((int) version + 1));
        Api.asAcmeAdmin().header("If-Match", "\"" + (version + 1) + "\"")
                .body(Map.of("refundShippingBeforeShipping", false)).put(SETTINGS).then().statusCode(200)
                .body("restock", equalTo("NEVER")).body("refundShippingBeforeShipping", equalTo(false));
        // the demo merchant's terms did not move
        Api.asStaff().get(SETTINGS).then().statusCode(200).body("restock", equalTo("WHEN_RECEIVED"))
                .body("refundShippingBeforeShipping", equalTo(true));

        Api.asAcmeAdmin().body(Map.of("restock", "WHEN_RECEIVED", "refundShippingBeforeShipping", true))
                .put(SETTINGS).then().statusCode(200).body("version", equalTo((int) version + 3));
    }

    @Test
    void admins_change_the_terms_with_expected_version_over_graphql() {
        GraphQLClient acme = GraphQLClient.user(Tokens.ACME_ADMIN);
        GraphQLClient staff = GraphQLClient.user(Tokens.STAFF);
        GraphQLClient customer = GraphQLClient.user(Tokens.CUSTOMER);
        assertThat(customer.query(QUERY).getString("errors[0].extensions.errorCode")).isEqualTo("FORBIDDEN");
        assertThat(staff.query(QUERY).getString("data.afterSaleSettings.restock")).isEqualTo("WHEN_RECEIVED");
        assertThat(staff.query(UPDATE, vars("in", vars("restock", "NEVER")))
                .getString("errors[0].extensions.errorCode")).isEqualTo("FORBIDDEN");

        int version = acme.query(QUERY).getInt("data.afterSaleSettings.version");
        JsonPath stale = acme.mutate(UPDATE, vars("in", vars("restock", "NEVER"), "v", version + 5));
        assertThat(errorCodes(stale, "data.updateAfterSaleSettings")).containsExactly("VERSION_MISMATCH");

        JsonPath changed = acme.mutate(UPDATE, vars("in", vars("restock", "NEVER",
                "refundShippingBeforeShipping", false), "v", version, "key", "as-settings-" + version))
                .setRootPath("data.updateAfterSaleSettings");
        assertThat(changed.getList("errors")).isEmpty();
        assertThat(changed.getString("settings.restock")).isEqualTo("NEVER");
        assertThat(changed.getBoolean("settings.refundShippingBeforeShipping")).isFalse();
        assertThat(changed.getInt("settings.version")).isEqualTo(version + 1);
        assertThat(acme.query(QUERY).getString("data.afterSaleSettings.restock")).isEqualTo("NEVER");
        assertThat(staff.query(QUERY).getString("data.afterSaleSettings.restock")).as("demo keeps its terms")
                .isEqualTo("WHEN_RECEIVED");

        JsonPath back = acme.mutate(UPDATE, vars("in", vars("restock", "WHEN_RECEIVED",
                "refundShippingBeforeShipping", true), "v", version + 1)).setRootPath("data.updateAfterSaleSettings");
        assertThat(back.getList("errors")).isEmpty();
        assertThat(back.getInt("settings.version")).isEqualTo(version + 2);
    }
}
