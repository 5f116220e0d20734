package dev.zhanggui.order;

import dev.zhanggui.shared.ErrorCode;

/** Why a guard of the {@link OrderLifecycle} refused a transition the table allows from the current status. */
public enum OrderVeto {
    UNPAID_AMOUNT_REMAINS(ErrorCode.ORDER_NOT_PAID),
    PICKED_UP_IN_STORE(ErrorCode.ORDER_NOT_SHIPPABLE),
    RECEIPT_PERIOD_RUNNING(ErrorCode.ORDER_NOT_DUE),
    PAYMENT_PERIOD_RUNNING(ErrorCode.ORDER_NOT_DUE),
    NO_UNSETTLED_COD(ErrorCode.ORDER_NOTHING_TO_SETTLE),
    NOT_PAID_BY_TRANSFER(ErrorCode.ORDER_NOTHING_TO_SETTLE),
    PACKAGES_SHIPPED(ErrorCode.ORDER_ALREADY_SHIPPED),
    MONEY_RECEIVED(ErrorCode.ORDER_ALREADY_PAID),
    NO_VERIFICATION_CODE(ErrorCode.VERIFICATION_CODE_UNKNOWN),
    VERIFICATION_USED(ErrorCode.VERIFICATION_ALREADY_USED);

    private final ErrorCode code;

    OrderVeto(ErrorCode code) {
        this.code = code;
    }

    public ErrorCode code() {
        return code;
    }
}
