package dev.zhanggui.catalog.review;

import dev.zhanggui.catalog.ProductId;
import dev.zhanggui.customer.CustomerId;
import dev.zhanggui.shared.MerchantId;
import dev.zhanggui.shared.Page;
import dev.zhanggui.shared.PageRequest;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Port: where a merchant's product reviews are kept. Every method is confined to one merchant. */
public interface ReviewRepository {
    Optional<Review> find(MerchantId merchant, ReviewId id);

    /**
     * The order lines of this customer and product that carry a review, as committed when asked:
     * asked again after {@link #add} found a line taken, it includes that line.
     */
    Set<OrderLineId> reviewedLines(MerchantId merchant, CustomerId customer, ProductId product);

    /**
     * Stores a new review unless its order line carries one already; atomic against concurrent
     * adds for the same line.
     *
     * @return whether the review was stored
     */
    boolean add(Review review);

    /**
     * Stores a moderated or answered review if nobody changed it since it was loaded, and advances its version.
     *
     * @throws dev.zhanggui.shared.DomainException {@code VERSION_CONFLICT}
     */
    void update(Review review);

    void remove(Review review);

    /** Reviews the filter accepts, newest first; the cursor is the creation time and the id. */
    Page<Review> list(MerchantId merchant, ReviewFilter filter, PageRequest page);

    /** One customer's reviews, hidden ones too, newest first. */
    Page<Review> listByCustomer(MerchantId merchant, CustomerId customer, PageRequest page);

    /**
     * The counts per star of the visible reviews of each product, one statement for all; index 0
     * holds the 1-star count. Products without reviews may be missing.
     */
    Map<ProductId, long[]> starCounts(MerchantId merchant, List<ProductId> products);
}
