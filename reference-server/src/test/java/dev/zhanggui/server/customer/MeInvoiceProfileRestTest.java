package dev.zhanggui.server.customer;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Map;

import static dev.zhanggui.server.testing.Api.ME;
import static dev.zhanggui.server.testing.Api.asAcmeCustomer;
import static dev.zhanggui.server.testing.Api.asSecondCustomer;
import static dev.zhanggui.server.testing.Api.problem;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/** A customer's invoice data (开票信息) through {@code /api/v1/me/invoice-profile}. */
@QuarkusTest
class MeInvoiceProfileRestTest {
    private static final String INVOICE_PROFILE = ME + "/invoice-profile";

    /** No test ever sets the invoice profile of acme's customer 13900000001; keep it that way. */
    @Test
    void there_is_no_invoice_profile_until_the_customer_sets_one() {
        asAcmeCustomer()
                .when().get(INVOICE_PROFILE)
                .then().spec(problem(404, "NOT_FOUND"));
    }

    @Test
    void a_customer_sets_their_invoice_profile_and_reads_it_back() {
        Map<String, String> profile = Map.of("invoiceTitle", "李四商贸有限公司", "taxpayerId", "91310115MA1K377777",
                "bank", "招商银行上海分行", "bankAccount", "6225 8801 2345 6789");

        asSecondCustomer().body(profile)
                .when().put(INVOICE_PROFILE)
                .then().statusCode(200)
                .body("invoiceTitle", equalTo("李四商贸有限公司"));

        asSecondCustomer()
                .when().get(INVOICE_PROFILE)
                .then().statusCode(200)
                .body("invoiceTitle", equalTo("李四商贸有限公司"))
                .body("taxpayerId", equalTo("91310115MA1K377777"))
                .body("bank", equalTo("招商银行上海分行"))
                .body("bankAccount", equalTo("6225 8801 2345 6789"));
    }

    @Test
    void a_malformed_taxpayer_id_is_refused_naming_the_field() {
        asSecondCustomer().body(Map.of("invoiceTitle", "李四商贸有限公司", "taxpayerId", "12-34"))
                .when().put(INVOICE_PROFILE)
                .then().spec(problem(400, "CUSTOMER_INVOICE_PROFILE_INVALID"))
                .body("errors.field", hasItem("taxpayerId"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"accountName", "bank"})
    void a_bank_detail_over_a_hundred_characters_is_refused_naming_the_field(String field) {
        asSecondCustomer().body(Map.of("invoiceTitle", "李四商贸有限公司", field, "银".repeat(101)))
                .when().put(INVOICE_PROFILE)
                .then().spec(problem(400, "CUSTOMER_INVOICE_PROFILE_INVALID"))
                .body("errors.field", contains(field));
    }
}
