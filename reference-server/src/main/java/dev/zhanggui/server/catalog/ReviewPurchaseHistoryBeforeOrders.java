package dev.zhanggui.server.catalog;

import dev.zhanggui.catalog.ProductId;
import dev.zhanggui.catalog.review.CompletedOrderLine;
import dev.zhanggui.catalog.review.PurchaseHistory;
import dev.zhanggui.customer.CustomerId;
import dev.zhanggui.shared.MerchantId;
import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

/**
 * The purchase history reviews consult while the server has no orders yet: nobody has bought
 * anything, so every review is refused with {@code REVIEW_NOT_PURCHASED}. The orders context
 * replaces it with a bean that reads completed order lines; being a {@link DefaultBean}, this
 * one then steps aside by itself (and server tests replace it with purchases they record).
 */
@ApplicationScoped
@DefaultBean
public class ReviewPurchaseHistoryBeforeOrders implements PurchaseHistory {
    @Override
    public List<CompletedOrderLine> completedLines(MerchantId merchant, CustomerId customer, ProductId product) {
        return List.of();
    }
}
