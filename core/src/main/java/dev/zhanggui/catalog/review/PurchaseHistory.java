package dev.zhanggui.catalog.review;

import dev.zhanggui.catalog.ProductId;
import dev.zhanggui.customer.CustomerId;
import dev.zhanggui.shared.MerchantId;

import java.util.List;

/**
 * Port: what a customer bought, as far as reviews need to know. The order context implements it
 * once orders exist; until then the reference server's implementation finds no purchases, so every
 * review is refused with {@code REVIEW_NOT_PURCHASED}.
 */
public interface PurchaseHistory {
    /**
     * The customer's lines of completed orders that contain the product (any of its SKUs), oldest
     * first, whether reviewed or not: {@link ReviewEligibility} sets the reviewed ones aside.
     */
    List<CompletedOrderLine> completedLines(MerchantId merchant, CustomerId customer, ProductId product);
}
