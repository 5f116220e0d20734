package dev.zhanggui.payment;

import dev.zhanggui.shared.DomainException;
import dev.zhanggui.shared.ErrorCode;

import java.util.UUID;

/** Identifies an online payment; also the wallet operation key of what it pays for. */
public record PaymentId(UUID value) {
    public PaymentId {
        if (value == null) {
            throw new IllegalArgumentException("value is required");
        }
    }

    public static PaymentId parse(String text) {
        try {
            return new PaymentId(UUID.fromString(text));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new DomainException(ErrorCode.PAYMENT_NOT_FOUND, "No payment " + text);
        }
    }

    /** The merchant order number sent to the gateway (out_trade_no): 32 hex digits, as WeChat Pay allows. */
    public String outTradeNo() {
        return value.toString().replace("-", "");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
