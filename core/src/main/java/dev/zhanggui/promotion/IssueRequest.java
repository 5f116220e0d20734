package dev.zhanggui.promotion;

import dev.zhanggui.customer.CustomerId;
import dev.zhanggui.shared.MerchantId;

import java.util.Optional;

/**
 * One coupon to issue within the limits: the template's total quantity, the customer's limit for
 * the template, and (when claimed with a code) the code's redemption limit.
 */
public record IssueRequest(MerchantId merchant, CouponTemplateId template, int totalQuantity, CustomerId customer,
                           int perCustomerLimit, Optional<CouponCode> code) {
    public static IssueRequest of(CouponTemplate template, CustomerId customer, Optional<CouponCode> code) {
        return new IssueRequest(template.merchant(), template.id(), template.totalQuantity(), customer,
                template.perCustomerLimit(), code);
    }
}
