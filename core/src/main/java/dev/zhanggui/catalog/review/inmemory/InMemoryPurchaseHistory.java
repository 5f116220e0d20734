package dev.zhanggui.catalog.review.inmemory;

import dev.zhanggui.catalog.ProductId;
import dev.zhanggui.catalog.review.CompletedOrderLine;
import dev.zhanggui.catalog.review.OrderLineId;
import dev.zhanggui.catalog.review.PurchaseHistory;
import dev.zhanggui.customer.CustomerId;
import dev.zhanggui.shared.MerchantId;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/** Purchases in memory, recorded by tests in place of completed orders. */
public final class InMemoryPurchaseHistory implements PurchaseHistory {
    private record Purchase(MerchantId merchant, CustomerId customer, ProductId product, CompletedOrderLine line) {
    }

    private final List<Purchase> purchases = new ArrayList<>();

    /** Records that the customer's order with this product completed; returns the new order line. */
    public synchronized OrderLineId completed(MerchantId merchant, CustomerId customer, ProductId product,
                                              Instant completedAt) {
        OrderLineId line = new OrderLineId(UUID.randomUUID());
        purchases.add(new Purchase(merchant, customer, product, new CompletedOrderLine(line, completedAt)));
        return line;
    }

    @Override
    public synchronized List<CompletedOrderLine> completedLines(MerchantId merchant, CustomerId customer,
                                                                ProductId product) {
        return purchases.stream()
                .filter(p -> p.merchant().equals(merchant) && p.customer().equals(customer)
                        && p.product().equals(product))
                .map(Purchase::line)
                .sorted(Comparator.comparing(CompletedOrderLine::completedAt))
                .toList();
    }
}
