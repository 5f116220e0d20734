package dev.zhanggui.payment;

import java.time.Instant;

/**
 * A payment notification (支付结果通知) whose signature the gateway verified: which payment
 * ({@code out_trade_no}), the gateway's own trade number ({@code transaction_id}), the amount
 * paid in fen and when.
 */
public record PaymentNotification(String gateway, String outTradeNo, String gatewayTradeNo, long amountFen,
                                  Instant paidAt) {
}
