package dev.zhanggui.order;

import dev.zhanggui.shared.Page;

/** A page of verified orders, the totals of the whole filter, and the totals of the merchant's today. */
public record VerificationReport(Page<Order> page, VerificationTotals total, VerificationTotals today) {
}
