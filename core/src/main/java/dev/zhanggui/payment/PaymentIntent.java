package dev.zhanggui.payment;

import java.util.Map;

/**
 * What the gateway answered to a created payment: its prepay id (预支付交易会话标识) and the
 * parameters the client passes to the payment SDK or page (e.g. {@code wx.requestPayment}).
 */
public record PaymentIntent(String gateway, String outTradeNo, String prepayId, Map<String, String> clientParameters) {
    public PaymentIntent {
        clientParameters = Map.copyOf(clientParameters);
    }
}
