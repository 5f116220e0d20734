package dev.zhanggui.payment;

import dev.zhanggui.shared.MerchantId;

import java.time.Instant;
import java.util.UUID;

/**
 * One verified notification as it was received and what became of it: the append-only record of
 * every callback, so a refused amount or a repeat can be looked into later.
 */
public record PaymentNotice(UUID id, MerchantId merchant, PaymentId payment, String gateway, String gatewayTradeNo,
                            long amountFen, Outcome outcome, Instant receivedAt) {

    public enum Outcome {
        /** It confirmed the payment. */
        CONFIRMED,
        /**
         * It confirmed the payment, but its purpose could no longer take it (an order closed before the
         * money arrived): the money is refunded to the payer.
         */
        DECLINED,
        /** The payment was confirmed before; nothing happened (but a refund still due is retried). */
        REPEATED,
        /** The amount differs from the payment's: refused. */
        AMOUNT_MISMATCH,
        /** The payment was closed: refused. */
        NOT_PENDING
    }
}
