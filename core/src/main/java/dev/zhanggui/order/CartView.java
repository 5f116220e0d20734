package dev.zhanggui.order;

import dev.zhanggui.pricing.Quote;

import java.util.List;
import java.util.Optional;

/** The cart as the customer sees it: every line flagged, and the live quote of the lines that can be bought. */
public record CartView(List<CartLineState> lines, Optional<Quote> quote, long version) {
    public CartView {
        lines = List.copyOf(lines);
    }
}
