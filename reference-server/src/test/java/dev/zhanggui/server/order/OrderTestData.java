package dev.zhanggui.server.order;

import dev.zhanggui.catalog.ProductId;
import dev.zhanggui.catalog.SkuId;
import dev.zhanggui.customer.AddressDetails;
import dev.zhanggui.customer.CustomerService;
import dev.zhanggui.server.testing.Api;
import dev.zhanggui.server.testing.ProductRequests;
import dev.zhanggui.server.testing.TestCatalog;
import dev.zhanggui.server.testing.TestCustomers;
import dev.zhanggui.shared.Actor;
import dev.zhanggui.shared.MerchantId;

import java.util.Optional;
import java.util.UUID;

/** Data of merchant demo for order tests: products on sale with stock, and new signed-in customers with an address. */
final class OrderTestData {
    static final MerchantId DEMO = MerchantId.of("demo");

    record Sku(SkuId sku, ProductId product) {
    }

    private OrderTestData() {
    }

    /** A product on sale with one SKU at the price, and that stock in the warehouse. */
    static Sku onSale(String name, String price, int onHand) {
        String code = ProductRequests.uniqueCode("ORD");
        String product = ProductRequests.create(ProductRequests.simpleProduct(code, name, price));
        ProductRequests.setStatus(product, "ON_SALE");
        String sku = Api.asAdmin().get(ProductRequests.PRODUCTS + "/" + product)
                .then().statusCode(200).extract().path("skus[0].id");
        TestCatalog.setStock(sku, null, onHand);
        return new Sku(SkuId.parse(sku), ProductId.parse(product));
    }

    /** A customer signing in for the first time (registered now), with a default address. */
    static Actor newCustomer(CustomerService customers) {
        Actor buyer = Actor.customer(DEMO, "kc-" + UUID.randomUUID(), TestCustomers.newPhone());
        customers.addAddress(buyer, new AddressDetails("李四", "13800000009", "浙江省", "杭州市", "西湖区",
                "文三路 1 号", Optional.of("310000")), true);
        return buyer;
    }
}
