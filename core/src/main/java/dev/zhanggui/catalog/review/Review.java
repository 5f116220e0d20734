package dev.zhanggui.catalog.review;

import dev.zhanggui.catalog.ProductId;
import dev.zhanggui.customer.CustomerId;
import dev.zhanggui.shared.MerchantId;

import java.time.Instant;
import java.util.Optional;

/**
 * A customer's review of a product they bought (评价): stars, text and pictures, for one completed
 * order line. Staff may hide it from the storefront with a reason (屏蔽) and show it again, and
 * answer it (商家回复). The content itself is the customer's and never changes.
 */
public final class Review {
    private final ReviewId id;
    private final MerchantId merchant;
    private final ProductId product;
    private final CustomerId customer;
    private final String reviewerName;
    private final Optional<OrderLineId> orderLine;
    private final ReviewContent content;
    private final Instant createdAt;
    private Optional<Moderation> hidden;
    private Optional<MerchantReply> reply;
    private long version;

    /** Rebuilds a stored review; used by repositories only. */
    public Review(ReviewId id, MerchantId merchant, ProductId product, CustomerId customer, String reviewerName,
                  Optional<OrderLineId> orderLine, ReviewContent content, Instant createdAt,
                  Optional<Moderation> hidden, Optional<MerchantReply> reply, long version) {
        this.id = id;
        this.merchant = merchant;
        this.product = product;
        this.customer = customer;
        this.reviewerName = reviewerName;
        this.orderLine = orderLine;
        this.content = content;
        this.createdAt = createdAt;
        this.hidden = hidden;
        this.reply = reply;
        this.version = version;
    }

    /** A new review, visible at once. */
    public static Review write(ReviewId id, MerchantId merchant, ProductId product, CustomerId customer,
                               String reviewerName, OrderLineId orderLine, ReviewContent content, Instant now) {
        return new Review(id, merchant, product, customer, reviewerName, Optional.of(orderLine), content, now,
                Optional.empty(), Optional.empty(), 0);
    }

    /** Hides the review from the storefront; hiding a hidden review again records the new reason. */
    public void hide(Moderation moderation) {
        hidden = Optional.of(moderation);
    }

    /** Shows a hidden review again; returns whether anything changed. */
    public boolean unhide() {
        boolean changed = hidden.isPresent();
        hidden = Optional.empty();
        return changed;
    }

    /** Answers the review; a second reply replaces the first. */
    public void reply(MerchantReply answer) {
        reply = Optional.of(answer);
    }

    public boolean isVisible() {
        return hidden.isEmpty();
    }

    public boolean writtenBy(CustomerId someone) {
        return customer.equals(someone);
    }

    /** Called by a repository after it stored this review with a new version. */
    public void stored(long newVersion) {
        this.version = newVersion;
    }

    public Review copy() {
        return new Review(id, merchant, product, customer, reviewerName, orderLine, content, createdAt, hidden, reply,
                version);
    }

    public ReviewId id() {
        return id;
    }

    public MerchantId merchant() {
        return merchant;
    }

    public ProductId product() {
        return product;
    }

    public CustomerId customer() {
        return customer;
    }

    public String reviewerName() {
        return reviewerName;
    }

    public Optional<OrderLineId> orderLine() {
        return orderLine;
    }

    public ReviewContent content() {
        return content;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Optional<Moderation> hidden() {
        return hidden;
    }

    public Optional<MerchantReply> reply() {
        return reply;
    }

    public long version() {
        return version;
    }
}
