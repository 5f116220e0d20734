package dev.zhanggui.promotion;

import dev.zhanggui.customer.CustomerId;
import dev.zhanggui.shared.MerchantId;

/**
 * Port: the counters that keep coupon limits (hot rows). {@link #tryIssue} counts one coupon
 * against every limit of the request at once, or against none: a persistence adapter runs
 * conditional updates in the current transaction ({@code UPDATE coupon_template SET issued = issued + 1
 * WHERE id = ? AND issued < total_quantity}, the same on the customer's and the code's counter rows,
 * inserting them on first use) and rolls back when one matches no row; two server instances then
 * can never exceed a limit. The in-memory version is atomic under one lock with the same contract.
 */
public interface CouponIssuance {
    IssueOutcome tryIssue(IssueRequest request);

    int issued(MerchantId merchant, CouponTemplateId template);

    int heldBy(MerchantId merchant, CouponTemplateId template, CustomerId customer);

    int redeemed(MerchantId merchant, String code);
}
