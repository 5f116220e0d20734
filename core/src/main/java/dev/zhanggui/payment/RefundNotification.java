package dev.zhanggui.payment;

import java.util.Optional;

/**
 * A gateway's verified refund notification (退款结果通知): the refund it names by our refund number
 * ({@code out_refund_no}), whether it succeeded or failed (异常/关闭: to be retried), its amount in
 * fen, the gateway's own refund number and, for a failure, its reason.
 */
public record RefundNotification(String gateway, String outRefundNo, boolean succeeded, long refundFen,
                                 Optional<String> gatewayRefundNo, Optional<String> reason) {
}
