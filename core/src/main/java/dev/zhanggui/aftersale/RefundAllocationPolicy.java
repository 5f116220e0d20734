package dev.zhanggui.aftersale;

import dev.zhanggui.shared.Money;

import java.util.List;

/**
 * Policy: how a refund is split back over the tenders that paid the order (退款分摊). Given the
 * amount and, per settled tender, what it paid and what was refunded from it already, it returns one
 * allocation per tender (use {@link TenderRefundable#allocate} for the points). The parts must add up
 * to the amount exactly and none may exceed what its tender has left; refunds are checked for it.
 */
public interface RefundAllocationPolicy {
    List<RefundAllocation> allocate(Money amount, List<TenderRefundable> tenders);
}
