package dev.zhanggui.aftersale;

import dev.zhanggui.shared.Allocation;
import dev.zhanggui.shared.Money;

import java.util.ArrayList;
import java.util.List;

/**
 * The default split (按支付比例退款): in proportion to what each tender has left to give back —
 * what it paid, less earlier refunds — by the largest remainder to the fen. Splitting by what is
 * left rather than by what was paid keeps every tender within what it paid under any sequence of
 * partial refunds, and makes the refund of everything left give each tender exactly its rest; when
 * earlier refunds were proportional too, what is left is still in the proportion of what was paid.
 */
public final class DefaultRefundAllocationPolicy implements RefundAllocationPolicy {
    @Override
    public List<RefundAllocation> allocate(Money amount, List<TenderRefundable> tenders) {
        List<Money> remaining = tenders.stream().map(TenderRefundable::remaining).toList();
        if (amount.isZero() || remaining.stream().allMatch(Money::isZero)) {
            return tenders.stream().map(t -> t.allocate(Money.zero())).toList();
        }
        List<Money> parts = Allocation.splitByAmounts(amount, remaining);
        List<RefundAllocation> allocations = new ArrayList<>();
        for (int i = 0; i < tenders.size(); i++) {
            allocations.add(tenders.get(i).allocate(parts.get(i)));
        }
        return List.copyOf(allocations);
    }
}
