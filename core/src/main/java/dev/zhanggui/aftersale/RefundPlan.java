package dev.zhanggui.aftersale;

import dev.zhanggui.shared.Money;

import java.util.List;

/** What a refund will give back before it is issued: per line, shipping, and the split over the tenders. */
public record RefundPlan(List<RefundLine> lines, Money shipping, List<RefundAllocation> allocations) {
    public RefundPlan {
        lines = List.copyOf(lines);
        allocations = List.copyOf(allocations);
    }

    public Money goods() {
        return lines.stream().map(RefundLine::amount).reduce(Money.zero(), Money::plus);
    }

    public Money amount() {
        return goods().plus(shipping);
    }
}
