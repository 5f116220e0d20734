package dev.zhanggui.payment;

/** A refund of (part of) a paid payment (申请退款), for after-sales: amounts in fen. */
public record RefundRequest(String outTradeNo, String outRefundNo, long refundFen, long totalFen, String reason,
                            String notifyUrl) {
}
