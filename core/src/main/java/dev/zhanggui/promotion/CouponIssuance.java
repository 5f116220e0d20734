package dev.zhanggui.promotion;

import dev.zhanggui.customer.CustomerId;
import dev.zhanggui.shared.MerchantId;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

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

    /** How many coupons each of the templates issued, e.g. for a page of templates; an adapter may read them at once. */
    default Map<CouponTemplateId, Integer> issued(MerchantId merchant, Collection<CouponTemplateId> templates) {
        Map<CouponTemplateId, Integer> issued = new HashMap<>();
        templates.forEach(t -> issued.put(t, issued(merchant, t)));
        return issued;
    }

    int heldBy(MerchantId merchant, CouponTemplateId template, CustomerId customer);

    int redeemed(MerchantId merchant, String code);

    /** How often each of the codes was claimed with, e.g. for a page of codes; an adapter may read them at once. */
    default Map<String, Integer> redeemed(MerchantId merchant, Collection<String> codes) {
        Map<String, Integer> redeemed = new HashMap<>();
        codes.forEach(c -> redeemed.put(c, redeemed(merchant, c)));
        return redeemed;
    }
}
