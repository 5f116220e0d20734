package dev.zhanggui.promotion;

import dev.zhanggui.shared.Money;

import java.time.Instant;
import java.util.List;

/** The cart at one point of a quote, as promotion conditions and actions see it. */
public record CartView(List<CartLineView> lines, Instant at) {
    public CartView {
        lines = List.copyOf(lines);
    }

    /** What the lines cost together at this point. */
    public Money amount() {
        Money sum = Money.zero();
        for (CartLineView line : lines) {
            sum = sum.plus(line.amount());
        }
        return sum;
    }
}
