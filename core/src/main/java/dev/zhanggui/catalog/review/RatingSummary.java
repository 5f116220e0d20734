package dev.zhanggui.catalog.review;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * The stars of a product's visible reviews: how many, the average rounded half up to one decimal
 * (4.5 stars), and how many reviews gave each number of stars.
 *
 * @param perStar five counts: of 1 star, 2 stars, ... 5 stars
 */
public record RatingSummary(long count, BigDecimal average, List<Long> perStar) {
    public static final RatingSummary NONE = of(new long[5]);

    public RatingSummary {
        perStar = List.copyOf(perStar);
        if (perStar.size() != 5) {
            throw new IllegalArgumentException("one count per star, 1 to 5");
        }
    }

    /** From the counts per star, index 0 holding the 1-star count. */
    public static RatingSummary of(long[] counts) {
        long count = 0;
        long stars = 0;
        for (int i = 0; i < 5; i++) {
            count += counts[i];
            stars += counts[i] * (i + 1);
        }
        BigDecimal average = count == 0 ? BigDecimal.ZERO.setScale(1)
                : BigDecimal.valueOf(stars).divide(BigDecimal.valueOf(count), 1, RoundingMode.HALF_UP);
        return new RatingSummary(count, average, List.of(counts[0], counts[1], counts[2], counts[3], counts[4]));
    }
}
