package dev.zhanggui.server.catalog;

import dev.zhanggui.server.testing.Api;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static dev.zhanggui.server.testing.Api.problem;
import static dev.zhanggui.server.testing.ProductRequests.PRODUCTS;
import static dev.zhanggui.server.testing.ProductRequests.simpleProduct;
import static dev.zhanggui.server.testing.ProductRequests.sku;
import static dev.zhanggui.server.testing.ProductRequests.uniqueCode;
import static org.hamcrest.Matchers.equalTo;

/**
 * A merchant that lifts the rule "take it off shelf before editing" (下架后才可编辑) may change the
 * prices of a product on sale. Merchant acme is used, so that demo keeps the default rule.
 */
@QuarkusTest
class ProductEditOnSaleSettingRestTest {
    @Inject
    EntityManager em;

    private void allowEditOnSale(boolean allowed) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "update merchant set allow_edit_on_sale = ?1 where id = 'acme'").setParameter(1, allowed).executeUpdate());
    }

    @Test
    void with_the_setting_on_prices_of_a_product_on_sale_may_change() {
        String code = uniqueCode("ACME");
        Map<String, Object> body = simpleProduct(code, "acme 商品", "5.00");
        body.put("status", "ON_SALE");
        String id = Api.asAcmeAdmin().body(body).when().post(PRODUCTS).then().statusCode(201)
                .body("status", equalTo("ON_SALE")).extract().path("id");
        Map<String, Object> reprice = Map.of("skus", List.of(sku(code + "-S", "7.00")));

        Api.asAcmeAdmin().body(reprice).when().patch(PRODUCTS + "/" + id).then().spec(problem(409, "PRODUCT_ON_SALE_LOCKED"));
        allowEditOnSale(true);
        try {
            Api.asAcmeAdmin().body(reprice).when().patch(PRODUCTS + "/" + id).then().statusCode(200)
                    .body("skus[0].price", equalTo("7.00")).body("status", equalTo("ON_SALE"));
        } finally {
            allowEditOnSale(false);
        }
    }
}
