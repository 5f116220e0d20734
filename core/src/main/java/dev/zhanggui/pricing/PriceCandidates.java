package dev.zhanggui.pricing;

import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The prices a customer could pay for one cart line, one per tier that applies; a
 * {@link UnitPricePolicy} chooses among them. A level price, when set, has already replaced the level
 * rate (it overrides the rate for its SKU), so at most one of the two is present.
 */
public record PriceCandidates(UnitPrice list, Optional<UnitPrice> level, Optional<UnitPrice> priceList,
                              Optional<UnitPrice> flash) {
    public PriceCandidates {
        Objects.requireNonNull(list, "list");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(priceList, "priceList");
        Objects.requireNonNull(flash, "flash");
    }

    /** All present candidates, in tier order. */
    public Stream<UnitPrice> all() {
        return Stream.of(Optional.of(list), level, priceList, flash).flatMap(Optional::stream);
    }
}
