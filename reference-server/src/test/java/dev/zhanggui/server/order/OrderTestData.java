package dev.zhanggui.server.order;

import dev.zhanggui.catalog.ProductId;
import dev.zhanggui.catalog.SkuId;
import dev.zhanggui.catalog.StockService;
import dev.zhanggui.catalog.StoreId;
import dev.zhanggui.customer.AddressDetails;
import dev.zhanggui.customer.CustomerService;
import dev.zhanggui.server.testing.GraphQLClient;
import dev.zhanggui.server.testing.ProductRequests;
import dev.zhanggui.server.testing.TestCatalog;
import dev.zhanggui.server.testing.TestCustomers;
import dev.zhanggui.server.testing.Tokens;
import dev.zhanggui.shared.Actor;
import dev.zhanggui.shared.MerchantId;
import dev.zhanggui.server.testing.Api;
import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.EntityManager;
import io.restassured.path.json.JsonPath;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Order test data of merchant demo: fresh on-sale SKUs with stock, new signed-in customers with an
 * address, money on a customer's balance, an empty cart to start from, and the inputs a storefront
 * sends. Tests share the demo customers, so amounts are asserted relative to what the test set up.
 */
final class OrderTestData {
    static final MerchantId DEMO = MerchantId.of("demo");

    record Sku(SkuId sku, ProductId product) {
    }

    private OrderTestData() {
    }

    /** A product on sale with one SKU at the price, and that stock in the warehouse. */
    static Sku onSale(String name, String price, int onHand) {
        String[] created = ProductRequests.onSaleWithStock("ORD", name, price, onHand);
        return new Sku(SkuId.parse(created[1]), ProductId.parse(created[0]));
    }

    /** A customer signing in for the first time (registered now), with a default address. */
    static Actor newCustomer(CustomerService customers) {
        Actor buyer = Actor.customer(DEMO, "kc-" + UUID.randomUUID(), TestCustomers.newPhone());
        customers.addAddress(buyer, new AddressDetails("李四", "13800000009", "浙江省", "杭州市", "西湖区",
                "文三路 1 号", Optional.of("310000")), true);
        return buyer;
    }

    /** A product of one SKU, as a storefront finds it by its code. */
    record Item(String productId, String code, String name, String skuId) {
    }

    /** A new on-sale product of merchant demo with one SKU at this price and {@code onHand} in the warehouse. */
    static Item item(String name, String price, int onHand) {
        UUID product = UUID.randomUUID();
        UUID sku = UUID.randomUUID();
        String code = "ORD-" + product.toString().substring(0, 8);
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        run(em -> em.createNativeQuery("""
                        insert into product (id, merchant_id, code, name, status, created_at, updated_at, version)
                        values (?1, 'demo', ?2, ?3, 'ON_SALE', ?4, ?4, 0)""")
                .setParameter(1, product).setParameter(2, code).setParameter(3, name).setParameter(4, now)
                .executeUpdate());
        run(em -> em.createNativeQuery("""
                        insert into sku (id, merchant_id, product_id, position, code, currency, list_price, price,
                            weight_grams) values (?1, 'demo', ?2, 0, ?3, 'CNY', ?4, ?4, 100)""")
                .setParameter(1, sku).setParameter(2, product).setParameter(3, code + "-1")
                .setParameter(4, new BigDecimal(price)).executeUpdate());
        TestCatalog.setStock(sku.toString(), null, onHand);
        return new Item(product.toString(), code, name, sku.toString());
    }

    /** Changes a product's status in its table, as the products part would (e.g. OFF_SHELF, 下架). */
    static void setStatus(String productId, String status) {
        run(em -> em.createNativeQuery("update product set status = ?1 where id = ?2")
                .setParameter(1, status).setParameter(2, UUID.fromString(productId)).executeUpdate());
    }

    private static void run(Function<EntityManager, Integer> statement) {
        QuarkusTransaction.requiringNew().run(() -> statement.apply(Arc.container().instance(EntityManager.class).get()));
    }

    /** The sandbox pays a pending payment, which sends its signed callback to the server. */
    static void sandboxPays(String outTradeNo) {
        Api.asCustomer().post("/api/v1/payments/sandbox/" + outTradeNo + "/pay")
                .then().statusCode(200).body("callbackStatus", org.hamcrest.Matchers.equalTo(200));
    }

    /** What can be sold of a SKU now (on hand less reserved), in the warehouse or at a store. */
    static int available(String sku, String store) {
        StockService stock = Arc.container().instance(StockService.class).get();
        return stock.levels(DEMO, List.of(SkuId.parse(sku)), Optional.ofNullable(store).map(StoreId::parse))
                .get(SkuId.parse(sku)).available();
    }

    static Map<String, Object> vars(Object... pairs) {
        Map<String, Object> map = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], pairs[i + 1]);
        }
        return map;
    }

    static Map<String, Object> line(String sku, int quantity) {
        return vars("skuId", sku, "quantity", quantity);
    }

    static Map<String, Object> address(String recipient) {
        return vars("recipient", recipient, "phone", "13800000001", "province", "上海市", "city", "上海市",
                "district", "浦东新区", "detail", "世纪大道 100 号", "postalCode", "200120");
    }

    /** The calling customer's id (their record is created at the first call). */
    static String customerId(GraphQLClient customer) {
        return customer.query("{ me { id } }").getString("data.me.id");
    }

    static BigDecimal balance(GraphQLClient customer) {
        return new BigDecimal(customer.query("{ myWallet { balance } }").getString("data.myWallet.balance"));
    }

    /** Staff put money on a customer's balance (principal). */
    static void credit(String customerId, String amount) {
        JsonPath answer = GraphQLClient.user(Tokens.STAFF).mutate("""
                mutation($c: ID!, $in: CreditWalletInput!, $key: String) {
                  creditWallet(customerId: $c, input: $in, idempotencyKey: $key) { errors { code } } }""",
                vars("c", customerId, "in", vars("reason", "TOPUP", "amount", amount),
                        "key", "order-test-" + UUID.randomUUID()));
        assertThat(GraphQLClient.errorCodes(answer, "data.creditWallet")).isEmpty();
    }

    /** Empties the calling customer's cart: other tests share the demo customers. */
    static void emptyCart(GraphQLClient customer) {
        for (Map<String, Object> line : customer.query(OrderGraphQLDocuments.CART).<Map<String, Object>>getList("data.cart.lines")) {
            customer.mutate(OrderGraphQLDocuments.REMOVE_CART_LINE, vars("sku", line.get("skuId"), "store", line.get("storeId")));
        }
        assertThat(customer.query(OrderGraphQLDocuments.CART).getList("data.cart.lines")).isEmpty();
    }

    /** Asserts that a payload has no errors and answers it. */
    static JsonPath ok(JsonPath answer, String payload) {
        assertThat(GraphQLClient.errorCodes(answer, payload)).as("errors of %s", answer.prettify()).isEmpty();
        return answer;
    }

    static BigDecimal money(JsonPath answer, String path) {
        return new BigDecimal(answer.getString(path));
    }
}
