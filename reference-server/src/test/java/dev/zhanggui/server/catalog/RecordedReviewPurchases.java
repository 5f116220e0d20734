package dev.zhanggui.server.catalog;

import dev.zhanggui.catalog.ProductId;
import dev.zhanggui.catalog.review.CompletedOrderLine;
import dev.zhanggui.catalog.review.OrderLineId;
import dev.zhanggui.catalog.review.PurchaseHistory;
import dev.zhanggui.customer.CustomerId;
import dev.zhanggui.server.testing.Api;
import dev.zhanggui.shared.MerchantId;
import io.quarkus.test.Mock;
import io.restassured.specification.RequestSpecification;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Stands in, in server tests, for the purchase history the orders context will provide: tests
 * record completed order lines here, and reviews consult them through the {@link PurchaseHistory} port.
 * Without a recorded purchase it answers like the server's own implementation: nothing bought.
 */
@Mock
@ApplicationScoped
public class RecordedReviewPurchases implements PurchaseHistory {
    private record Buyer(MerchantId merchant, CustomerId customer, ProductId product) {
    }

    private final Map<Buyer, List<CompletedOrderLine>> lines = new ConcurrentHashMap<>();

    /** Records a completed order line of the product for the calling customer (whose id comes from {@code /me}). */
    public String completed(RequestSpecification customer, String merchant, String productId) {
        String customerId = customer.get(Api.ME).then().statusCode(200).extract().path("id");
        OrderLineId line = new OrderLineId(UUID.randomUUID());
        lines.computeIfAbsent(new Buyer(MerchantId.of(merchant), CustomerId.parse(customerId),
                        ProductId.parse(productId)), b -> new CopyOnWriteArrayList<>())
                .add(new CompletedOrderLine(line, Instant.now()));
        return line.toString();
    }

    @Override
    public List<CompletedOrderLine> completedLines(MerchantId merchant, CustomerId customer, ProductId product) {
        return List.copyOf(lines.getOrDefault(new Buyer(merchant, customer, product), List.of()));
    }
}
