package dev.zhanggui.catalog.review;

import dev.zhanggui.catalog.ProductId;
import dev.zhanggui.shared.DomainException;
import dev.zhanggui.shared.ErrorCode;

import java.util.Optional;

/**
 * Which reviews a list shows: of one product or all, with a given number of stars, only those
 * with pictures (有图), and whether hidden ones count (only staff ever see them).
 */
public record ReviewFilter(Optional<ProductId> product, Optional<Integer> rating, boolean withImages,
                           boolean includeHidden) {
    public ReviewFilter {
        if (rating.isPresent() && (rating.get() < 1 || rating.get() > 5)) {
            throw DomainException.invalidField("rating", ErrorCode.REVIEW_RATING_INVALID);
        }
    }

    /** What a storefront asks: visible reviews, optionally by stars or with pictures. */
    public static ReviewFilter visible(Integer rating, Boolean withImages) {
        return new ReviewFilter(Optional.empty(), Optional.ofNullable(rating), Boolean.TRUE.equals(withImages), false);
    }

    public ReviewFilter forProduct(ProductId id) {
        return new ReviewFilter(Optional.of(id), rating, withImages, includeHidden);
    }

    public ReviewFilter withHidden(boolean hiddenToo) {
        return new ReviewFilter(product, rating, withImages, hiddenToo);
    }

    public boolean accepts(Review review) {
        return product.map(review.product()::equals).orElse(true)
                && rating.map(r -> review.content().rating() == r).orElse(true)
                && (!withImages || review.content().hasImages())
                && (includeHidden || review.isVisible());
    }
}
