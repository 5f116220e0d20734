package dev.zhanggui.payment;

import dev.zhanggui.shared.MerchantId;

/**
 * What a gateway needs to create a payment (统一下单): the merchant's order number
 * ({@code out_trade_no}), the amount in fen, a description shown to the payer, the URL the
 * gateway notifies when it is paid, and the payer's id at the gateway (an openid) if known.
 */
public record PaymentRequest(MerchantId merchant, String outTradeNo, long amountFen, String description,
                             String notifyUrl, String payer) {
}
