package dev.zhanggui.catalog.review;

import dev.zhanggui.catalog.Product;
import dev.zhanggui.catalog.ProductId;
import dev.zhanggui.catalog.ProductRepository;
import dev.zhanggui.customer.Customer;
import dev.zhanggui.customer.CustomerService;
import dev.zhanggui.shared.Actor;
import dev.zhanggui.shared.DomainException;
import dev.zhanggui.shared.ErrorCode;
import dev.zhanggui.shared.IdGenerator;
import dev.zhanggui.shared.Page;
import dev.zhanggui.shared.PageRequest;
import dev.zhanggui.shared.Transactions;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The product review use cases (评价): a customer who bought a product reviews it once per completed
 * order line; anyone reads a product's visible reviews and their star summary; staff hide, show
 * and answer reviews.
 */
public final class ReviewService {
    private final ReviewRepository reviews;
    private final ProductRepository products;
    private final CustomerService customers;
    private final PurchaseHistory purchases;
    private final ReviewEligibility eligibility;
    private final Transactions transactions;
    private final IdGenerator ids;
    private final Clock clock;

    public ReviewService(ReviewRepository reviews, ProductRepository products, CustomerService customers,
                         PurchaseHistory purchases, ReviewEligibility eligibility, Transactions transactions,
                         IdGenerator ids, Clock clock) {
        this.reviews = reviews;
        this.products = products;
        this.customers = customers;
        this.purchases = purchases;
        this.eligibility = eligibility;
        this.transactions = transactions;
        this.ids = ids;
        this.clock = clock;
    }

    /**
     * A customer reviews a product on sale that they bought, for a completed order line not yet
     * reviewed. When another request takes the chosen line meanwhile, the next free line is taken,
     * unless the customer named the line.
     */
    public Review write(Actor actor, ProductId product, NewReview request) {
        Customer me = customers.me(actor);
        return transactions.inTransaction(() -> {
            visibleProduct(actor, product);
            List<CompletedOrderLine> completed = purchases.completedLines(actor.merchant(), me.id(), product);
            for (int attempt = 0; ; attempt++) {
                OrderLineId line = eligibility.lineToReview(completed,
                        reviews.reviewedLines(actor.merchant(), me.id(), product), request.orderLine());
                Review review = Review.write(new ReviewId(ids.newId()), actor.merchant(), product, me.id(),
                        ReviewerName.masked(me), line, request.content(), now());
                if (reviews.add(review)) {
                    return review;
                }
                if (request.orderLine().isPresent() || attempt >= completed.size()) {
                    throw new DomainException(ErrorCode.REVIEW_ALREADY_REVIEWED,
                            "Order line " + line + " is reviewed already");
                }
            }
        });
    }

    /** A product's reviews, newest first: visible ones for everyone, hidden ones too for staff who ask. */
    public Page<Review> listForProduct(Actor actor, ProductId product, ReviewFilter filter, PageRequest page) {
        return transactions.inTransaction(() -> {
            visibleProduct(actor, product);
            return reviews.list(actor.merchant(), filter.forProduct(product)
                    .withHidden(filter.includeHidden() && actor.actsForMerchant()), page);
        });
    }

    /** The stars of a product's visible reviews. */
    public RatingSummary summary(Actor actor, ProductId product) {
        return transactions.inTransaction(() -> {
            visibleProduct(actor, product);
            return summaries(actor, List.of(product)).get(product);
        });
    }

    /** The star summaries of many products at once (one statement), in the order given. */
    public Map<ProductId, RatingSummary> summaries(Actor actor, List<ProductId> productIds) {
        Map<ProductId, long[]> counts = transactions.inTransaction(
                () -> reviews.starCounts(actor.merchant(), productIds));
        Map<ProductId, RatingSummary> summaries = new LinkedHashMap<>();
        productIds.forEach(id -> summaries.put(id,
                counts.containsKey(id) ? RatingSummary.of(counts.get(id)) : RatingSummary.NONE));
        return summaries;
    }

    /** The calling customer's own reviews, hidden ones included, newest first. */
    public Page<Review> mine(Actor actor, PageRequest page) {
        Customer me = customers.me(actor);
        return transactions.inTransaction(() -> reviews.listByCustomer(actor.merchant(), me.id(), page));
    }

    /** A customer withdraws their own review; its order line may then be reviewed again. */
    public void deleteMine(Actor actor, ReviewId id) {
        Customer me = customers.me(actor);
        transactions.run(() -> {
            Review review = reviews.find(actor.merchant(), id).filter(r -> r.writtenBy(me.id()))
                    .orElseThrow(() -> notFound(id));
            reviews.remove(review);
        });
    }

    /** Staff: every review of the merchant the filter accepts, hidden ones included when asked. */
    public Page<Review> listForMerchant(Actor actor, ReviewFilter filter, PageRequest page) {
        requireStaff(actor);
        return transactions.inTransaction(() -> reviews.list(actor.merchant(), filter, page));
    }

    public Review get(Actor actor, ReviewId id) {
        requireStaff(actor);
        return transactions.inTransaction(() -> load(actor, id));
    }

    /** Staff hide a review from the storefront, saying why (屏蔽). */
    public Review hide(Actor actor, ReviewId id, String reason) {
        requireStaff(actor);
        return change(actor, id, review -> review.hide(new Moderation(reason, now(), actor.subject())));
    }

    /** Staff show a hidden review again. */
    public Review unhide(Actor actor, ReviewId id) {
        requireStaff(actor);
        return change(actor, id, Review::unhide);
    }

    /** Staff answer a review (商家回复); answering again replaces the answer. */
    public Review reply(Actor actor, ReviewId id, String text) {
        requireStaff(actor);
        return change(actor, id, review -> review.reply(new MerchantReply(text, now(), actor.subject())));
    }

    private Review change(Actor actor, ReviewId id, Consumer<Review> change) {
        return transactions.inTransaction(() -> {
            Review review = load(actor, id);
            change.accept(review);
            reviews.update(review);
            return review;
        });
    }

    private Review load(Actor actor, ReviewId id) {
        return reviews.find(actor.merchant(), id).orElseThrow(() -> notFound(id));
    }

    private Product visibleProduct(Actor actor, ProductId id) {
        return products.find(actor.merchant(), id).filter(p -> actor.actsForMerchant() || p.visibleToCustomers())
                .orElseThrow(() -> new DomainException(ErrorCode.PRODUCT_NOT_FOUND, "No product " + id));
    }

    private static void requireStaff(Actor actor) {
        if (!actor.actsForMerchant()) {
            throw new DomainException(ErrorCode.FORBIDDEN, "Only the merchant's staff may moderate reviews");
        }
    }

    private static DomainException notFound(ReviewId id) {
        return new DomainException(ErrorCode.REVIEW_NOT_FOUND, "No review " + id);
    }

    /** Microseconds, as the database keeps them, so that a cursor names the stored time. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
