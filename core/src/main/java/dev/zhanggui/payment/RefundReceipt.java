package dev.zhanggui.payment;

/** The gateway's answer to a refund request: its refund number and whether it is done or still processing. */
public record RefundReceipt(String outRefundNo, String gatewayRefundNo, boolean completed) {
}
