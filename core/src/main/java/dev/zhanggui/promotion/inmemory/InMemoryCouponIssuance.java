package dev.zhanggui.promotion.inmemory;

import dev.zhanggui.customer.CustomerId;
import dev.zhanggui.promotion.CouponIssuance;
import dev.zhanggui.promotion.CouponTemplateId;
import dev.zhanggui.promotion.IssueOutcome;
import dev.zhanggui.promotion.IssueRequest;
import dev.zhanggui.shared.MerchantId;

import java.util.HashMap;
import java.util.Map;

/**
 * Coupon limit counters in memory: every check and increment of one request happens under one
 * lock, so any number of threads can never push a counter past its limit.
 */
public final class InMemoryCouponIssuance implements CouponIssuance {
    private record TemplateKey(MerchantId merchant, CouponTemplateId template) {
    }

    private record HolderKey(MerchantId merchant, CouponTemplateId template, CustomerId customer) {
    }

    private record CodeKey(MerchantId merchant, String code) {
    }

    private final Map<TemplateKey, Integer> issued = new HashMap<>();
    private final Map<HolderKey, Integer> held = new HashMap<>();
    private final Map<CodeKey, Integer> redeemed = new HashMap<>();

    @Override
    public synchronized IssueOutcome tryIssue(IssueRequest request) {
        TemplateKey templateKey = new TemplateKey(request.merchant(), request.template());
        HolderKey holderKey = new HolderKey(request.merchant(), request.template(), request.customer());
        CodeKey codeKey = request.code().map(c -> new CodeKey(request.merchant(), c.code())).orElse(null);
        if (issued.getOrDefault(templateKey, 0) >= request.totalQuantity()) {
            return IssueOutcome.SOLD_OUT;
        }
        if (held.getOrDefault(holderKey, 0) >= request.perCustomerLimit()) {
            return IssueOutcome.CUSTOMER_LIMIT_REACHED;
        }
        if (codeKey != null && redeemed.getOrDefault(codeKey, 0) >= request.code().get().redemptionLimit()) {
            return IssueOutcome.CODE_EXHAUSTED;
        }
        issued.merge(templateKey, 1, Integer::sum);
        held.merge(holderKey, 1, Integer::sum);
        if (codeKey != null) {
            redeemed.merge(codeKey, 1, Integer::sum);
        }
        return IssueOutcome.ISSUED;
    }

    @Override
    public synchronized int issued(MerchantId merchant, CouponTemplateId template) {
        return issued.getOrDefault(new TemplateKey(merchant, template), 0);
    }

    @Override
    public synchronized int heldBy(MerchantId merchant, CouponTemplateId template, CustomerId customer) {
        return held.getOrDefault(new HolderKey(merchant, template, customer), 0);
    }

    @Override
    public synchronized int redeemed(MerchantId merchant, String code) {
        return redeemed.getOrDefault(new CodeKey(merchant, code), 0);
    }
}
