package dev.zhanggui.promotion;

import dev.zhanggui.customer.CustomerId;

import java.util.Map;

/** What a grant did: how many coupons it issued, and who got none and why (limit or sold out). */
public record GrantResult(int issued, Map<CustomerId, IssueOutcome> skipped) {
    public GrantResult {
        skipped = Map.copyOf(skipped);
    }
}
