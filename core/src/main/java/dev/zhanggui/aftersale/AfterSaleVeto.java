package dev.zhanggui.aftersale;

import dev.zhanggui.shared.ErrorCode;

/** Why a guard of {@link AfterSaleTransitions} refused a step, each with its stable code. */
public enum AfterSaleVeto {
    /** The table has no row for the action from the current status. */
    NOT_FROM_THIS_STATUS(ErrorCode.AFTERSALE_INVALID_TRANSITION),
    /** Approving with return is for return-and-refund requests; refund only has nothing to send back. */
    RETURN_NOT_EXPECTED(ErrorCode.AFTERSALE_RETURN_NOT_EXPECTED),
    /** A rejection says why: the customer reads it and may apply again. */
    REASON_REQUIRED(ErrorCode.AFTERSALE_REJECTION_REASON_REQUIRED),
    /** A manual refund says how it was settled offline. */
    NOTE_REQUIRED(ErrorCode.AFTERSALE_MANUAL_REFUND_NOTE_REQUIRED),
    /** A return shipment names a carrier and a tracking number. */
    RETURN_SHIPMENT_REQUIRED(ErrorCode.AFTERSALE_RETURN_SHIPMENT_INVALID),
    /** The request carries a refund already (agreed or manual): it is never refunded twice. */
    ALREADY_REFUNDED(ErrorCode.AFTERSALE_ALREADY_REFUNDED);

    private final ErrorCode code;

    AfterSaleVeto(ErrorCode code) {
        this.code = code;
    }

    public ErrorCode code() {
        return code;
    }
}
