package dev.zhanggui.promotion;

import dev.zhanggui.shared.ErrorCode;

/** Whether a coupon could be issued within its limits, and if not, which limit stopped it. */
public enum IssueOutcome {
    ISSUED(null),
    SOLD_OUT(ErrorCode.COUPON_SOLD_OUT),
    CUSTOMER_LIMIT_REACHED(ErrorCode.COUPON_LIMIT_REACHED),
    CODE_EXHAUSTED(ErrorCode.COUPON_CODE_EXHAUSTED);

    private final ErrorCode refusal;

    IssueOutcome(ErrorCode refusal) {
        this.refusal = refusal;
    }

    public ErrorCode refusal() {
        return refusal;
    }
}
