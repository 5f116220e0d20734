package dev.zhanggui.rest.payment;

import dev.zhanggui.payment.Payment;
import dev.zhanggui.payment.PaymentIntent;
import dev.zhanggui.payment.PaymentNotice;
import dev.zhanggui.payment.PaymentRefund;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.Map;

/** What the payment endpoints answer; money as decimal strings in yuan. */
public final class PaymentViews {
    private PaymentViews() {
    }

    @Schema(name = "Payment", description = "An online payment (在线支付) through a gateway")
    public record PaymentView(String id, String outTradeNo,
                              @Schema(enumeration = {"TOP_UP", "ORDER"}) String purpose, String reference,
                              @Schema(format = "number", example = "200.00") String amount, String currency, String gateway,
                              @Schema(enumeration = {"PENDING", "PAID", "CLOSED", "REFUNDED"}) String status,
                              @Schema(nullable = true) String gatewayTradeNo, Instant createdAt,
                              @Schema(nullable = true) Instant paidAt) {
        public static PaymentView of(Payment p) {
            return new PaymentView(p.id().toString(), p.outTradeNo(), p.purpose().name(), p.reference(),
                    p.amount().toString(), p.amount().currency().getCurrencyCode(), p.gateway(), p.status().name(),
                    p.gatewayTradeNo().orElse(null), p.createdAt(), p.paidAt().orElse(null));
        }
    }

    @Schema(name = "PaymentIntent", description = "What the client needs to pay at the gateway (e.g. wx.requestPayment parameters)")
    public record PaymentIntentView(String gateway, String outTradeNo, String prepayId,
                                    Map<String, String> clientParameters) {
        public static PaymentIntentView of(PaymentIntent i) {
            return new PaymentIntentView(i.gateway(), i.outTradeNo(), i.prepayId(), i.clientParameters());
        }
    }

    @Schema(name = "PaymentNotice", description = "A verified gateway notification and what became of it")
    public record PaymentNoticeView(String id, String gateway, String gatewayTradeNo, @Schema(format = "number") String amount,
                                    @Schema(enumeration = {"CONFIRMED", "DECLINED", "REPEATED", "AMOUNT_MISMATCH", "NOT_PENDING"})
                                    String outcome, Instant receivedAt) {
        public static PaymentNoticeView of(PaymentNotice n) {
            return new PaymentNoticeView(n.id().toString(), n.gateway(), n.gatewayTradeNo(),
                    dev.zhanggui.shared.Money.ofMinor(n.amountFen()).toString(), n.outcome().name(), n.receivedAt());
        }
    }

    @Schema(name = "PaymentRefund", description = "A paid payment its purpose could no longer take (an order closed before "
            + "the money arrived), refunded whole to the payer through the same gateway")
    public record PaymentRefundView(String paymentId, String outRefundNo, @Schema(format = "number", example = "99.50") String amount,
                                    @Schema(example = "ORDER_CLOSED", description = "ORDER_CLOSED, ORDER_VOIDED, "
                                            + "ORDER_PAID_OTHERWISE, ORDER_AMOUNT_CHANGED or ORDER_NOT_PAYABLE")
                                    String reason, String note,
                                    @Schema(enumeration = {"PENDING", "PROCESSING", "SUCCEEDED", "FAILED"}) String status,
                                    int attempts, @Schema(nullable = true) String gatewayRefundNo,
                                    @Schema(nullable = true) String failure, Instant createdAt,
                                    @Schema(nullable = true) Instant refundedAt) {
        public static PaymentRefundView of(PaymentRefund r) {
            return new PaymentRefundView(r.payment().toString(), r.outRefundNo(), r.amount().toString(), r.reason(),
                    r.note(), r.status().name(), r.attempts(), r.gatewayRefundNo().orElse(null),
                    r.failure().orElse(null), r.createdAt(), r.refundedAt().orElse(null));
        }
    }
}
