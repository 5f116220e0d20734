package dev.zhanggui.aftersale;

import dev.zhanggui.shared.DomainException;
import dev.zhanggui.shared.ErrorCode;

import java.util.UUID;

/**
 * Identifies a refund (退款单). Every key a refund writes with is derived from it, so that carrying
 * it out again applies each part once: the wallet operation keys and the gateway's refund number.
 */
public record RefundId(UUID value) {
    public RefundId {
        if (value == null) {
            throw new IllegalArgumentException("value is required");
        }
    }

    public static RefundId parse(String text) {
        try {
            return new RefundId(UUID.fromString(text));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new DomainException(ErrorCode.REFUND_NOT_FOUND, "No refund " + text);
        }
    }

    /** The merchant's refund number sent to the gateway (out_refund_no): 32 hex digits. */
    public String outRefundNo() {
        return value.toString().replace("-", "");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
