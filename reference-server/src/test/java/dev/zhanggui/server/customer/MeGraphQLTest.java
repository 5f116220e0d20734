package dev.zhanggui.server.customer;

import dev.zhanggui.server.testing.GraphQLClient;
import dev.zhanggui.server.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static dev.zhanggui.server.testing.CustomerDocuments.ME;
import static dev.zhanggui.server.testing.CustomerDocuments.SET_INVOICE_PROFILE;
import static dev.zhanggui.server.testing.CustomerDocuments.UPDATE_ME;
import static org.assertj.core.api.Assertions.assertThat;

/** A storefront session of customer 13800000001 (张三): their own record, profile and invoice data. */
@QuarkusTest
class MeGraphQLTest {
    private final GraphQLClient zhangsan = GraphQLClient.user(Tokens.CUSTOMER);

    @Test
    void me_is_the_customer_the_login_proved() {
        JsonPath answer = zhangsan.query(ME);

        assertThat(answer.getString("data.me.phone")).isEqualTo("13800000001");
        assertThat(answer.getString("data.me.id")).isNotBlank();
        assertThat(answer.getList("errors")).isNull();
    }

    @Test
    void a_customer_changes_their_name() {
        String name = "张三 " + UUID.randomUUID().toString().substring(0, 4);

        JsonPath answer = zhangsan.mutate(UPDATE_ME, Map.of("input", Map.of("name", name)));

        assertThat(answer.getList("data.updateMe.errors")).isEmpty();
        assertThat(answer.getString("data.updateMe.customer.name")).isEqualTo(name);
        assertThat(zhangsan.query(ME).getString("data.me.name")).isEqualTo(name);
    }

    @Test
    void an_invalid_email_is_refused_in_the_payload_with_its_field() {
        JsonPath answer = zhangsan.mutate(UPDATE_ME, Map.of("input", Map.of("email", "not-an-email")));

        assertThat(answer.getMap("data.updateMe")).containsEntry("customer", null);
        assertThat(answer.getString("data.updateMe.errors[0].code")).isEqualTo("CUSTOMER_EMAIL_INVALID");
        assertThat(answer.getString("data.updateMe.errors[0].field")).isEqualTo("email");
        assertThat(answer.getString("data.updateMe.errors[0].message")).isNotBlank();
        assertThat(zhangsan.query(ME).getString("data.me.email")).isNotEqualTo("not-an-email");
    }

    @Test
    void an_update_guarded_by_a_stale_version_is_refused() {
        int version = zhangsan.query(ME).getInt("data.me.version");

        JsonPath answer = zhangsan.mutate(UPDATE_ME, Map.of("input", Map.of("name", "过期的张三"),
                "expectedVersion", version - 1));

        assertThat(answer.getMap("data.updateMe")).containsEntry("customer", null);
        assertThat(GraphQLClient.errorCodes(answer, "data.updateMe")).containsExactly("VERSION_MISMATCH");
        assertThat(zhangsan.query(ME).getString("data.me.name")).isNotEqualTo("过期的张三");
    }

    @Test
    void an_update_guarded_by_the_current_version_succeeds_and_moves_the_version() {
        int version = zhangsan.query(ME).getInt("data.me.version");

        JsonPath answer = zhangsan.mutate(UPDATE_ME, Map.of("input", Map.of("name", "张三"),
                "expectedVersion", version));

        assertThat(answer.getList("data.updateMe.errors")).isEmpty();
        assertThat(answer.getInt("data.updateMe.customer.version")).isGreaterThanOrEqualTo(version + 1);
    }

    @Test
    void the_invoice_profile_is_kept_for_checkout() {
        String title = "上海掌柜测试有限公司 " + UUID.randomUUID().toString().substring(0, 4);
        Map<String, Object> input = Map.of("invoiceTitle", title, "taxpayerId", "91310115MA1K4ABC1X",
                "accountName", title, "bank", "招商银行上海分行", "bankAccount", "6225 8801 2345 6789");

        JsonPath answer = zhangsan.mutate(SET_INVOICE_PROFILE, Map.of("input", input));

        assertThat(answer.getList("data.setInvoiceProfile.errors")).isEmpty();
        Map<String, Object> stored = zhangsan.query(ME).getMap("data.me.invoiceProfile");
        assertThat(stored).containsEntry("invoiceTitle", title)
                .containsEntry("taxpayerId", "91310115MA1K4ABC1X")
                .containsEntry("bank", "招商银行上海分行")
                .containsEntry("bankAccount", "6225 8801 2345 6789");
    }

    @Test
    void an_invalid_taxpayer_id_is_refused_with_its_field() {
        Map<String, Object> input = new HashMap<>();
        input.put("invoiceTitle", "掌柜测试公司");
        input.put("taxpayerId", "12-34");

        JsonPath answer = zhangsan.mutate(SET_INVOICE_PROFILE, Map.of("input", input));

        assertThat(answer.getMap("data.setInvoiceProfile")).containsEntry("customer", null);
        assertThat(answer.getString("data.setInvoiceProfile.errors[0].code"))
                .isEqualTo("CUSTOMER_INVOICE_PROFILE_INVALID");
        assertThat(answer.getList("data.setInvoiceProfile.errors.field")).containsExactly("taxpayerId");
    }
}
