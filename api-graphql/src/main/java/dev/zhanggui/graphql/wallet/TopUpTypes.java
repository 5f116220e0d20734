package dev.zhanggui.graphql.wallet;

import dev.zhanggui.graphql.shared.Payload;
import dev.zhanggui.graphql.shared.UserError;
import dev.zhanggui.payment.Payment;
import dev.zhanggui.payment.PaymentIntent;
import dev.zhanggui.shared.DomainException;
import dev.zhanggui.shared.ErrorCode;
import dev.zhanggui.wallet.StartedTopUp;
import dev.zhanggui.wallet.TopUpPlan;
import dev.zhanggui.wallet.TopUpPlanDetails;
import dev.zhanggui.wallet.WalletFields;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import java.time.Instant;
import java.util.List;

/** The GraphQL types of top-up plans, online top-ups and their payments. */
public final class TopUpTypes {
    private TopUpTypes() {
    }

    @Type("TopUpPlan")
    @Description("A top-up plan (充值返现): pay amount, receive bonus on top")
    public record TopUpPlanNode(@NonNull @Id String id, @NonNull String name, @NonNull String amount,
                                @NonNull String bonus, @NonNull boolean active, @NonNull long version) {
        static TopUpPlanNode of(TopUpPlan p) {
            return new TopUpPlanNode(p.id().toString(), p.name(), p.amount().toString(), p.bonus().toString(),
                    p.active(), p.version());
        }
    }

    @Input("TopUpPlanInput")
    public record TopUpPlanInput(@NonNull String name, @NonNull @Description("e.g. \"200.00\"") String amount,
                                 @Description("e.g. \"30.00\", default 0") String bonus,
                                 @Description("Offered to customers; default true") Boolean active) {
        TopUpPlanDetails toCore() {
            return new TopUpPlanDetails(name, WalletFields.money("amount", amount).orElseThrow(() ->
                    DomainException.invalidField("amount", ErrorCode.TOPUP_PLAN_INVALID, "amount is required")),
                    WalletFields.money("bonus", bonus).orElse(null), active == null || active);
        }
    }

    @Type("Payment")
    @Description("An online payment (在线支付) through a gateway")
    public record PaymentNode(@NonNull @Id String id, @NonNull String outTradeNo, @NonNull String purpose,
                              @NonNull String amount, @NonNull String gateway,
                              @NonNull @Description("PENDING, PAID or CLOSED") String status, String gatewayTradeNo,
                              @NonNull Instant createdAt, Instant paidAt) {
        public static PaymentNode of(Payment p) {
            return new PaymentNode(p.id().toString(), p.outTradeNo(), p.purpose().name(), p.amount().toString(),
                    p.gateway(), p.status().name(), p.gatewayTradeNo().orElse(null), p.createdAt(),
                    p.paidAt().orElse(null));
        }
    }

    @Type("PaymentParameter")
    public record PaymentParameter(@NonNull String name, @NonNull String value) {
    }

    @Type("PaymentIntent")
    @Description("What the client needs to pay at the gateway, e.g. the parameters of wx.requestPayment")
    public record PaymentIntentNode(@NonNull String gateway, @NonNull String outTradeNo, @NonNull String prepayId,
                                    @NonNull List<@NonNull PaymentParameter> clientParameters) {
        public static PaymentIntentNode of(PaymentIntent intent) {
            return new PaymentIntentNode(intent.gateway(), intent.outTradeNo(), intent.prepayId(),
                    intent.clientParameters().entrySet().stream()
                            .map(e -> new PaymentParameter(e.getKey(), e.getValue()))
                            .sorted(java.util.Comparator.comparing(PaymentParameter::name)).toList());
        }
    }

    @Type("TopUp")
    @Description("A started online top-up: what it will credit, and the payment to make")
    public record TopUpNode(@Id String planId, @NonNull String principal, @NonNull String bonus,
                            @NonNull PaymentNode payment, @NonNull PaymentIntentNode intent) {
        static TopUpNode of(StartedTopUp t) {
            return new TopUpNode(t.topUp().plan().map(Object::toString).orElse(null),
                    t.topUp().principal().toString(), t.topUp().bonus().toString(),
                    PaymentNode.of(t.payment().payment()), PaymentIntentNode.of(t.payment().intent()));
        }
    }

    @Type("TopUpPayload")
    public record TopUpPayload(TopUpNode topUp, @NonNull List<@NonNull UserError> errors) implements Payload {
        static TopUpPayload refused(List<UserError> errors) {
            return new TopUpPayload(null, errors);
        }
    }

    @Type("TopUpPlanPayload")
    public record TopUpPlanPayload(TopUpPlanNode plan, @NonNull List<@NonNull UserError> errors) implements Payload {
        static TopUpPlanPayload refused(List<UserError> errors) {
            return new TopUpPlanPayload(null, errors);
        }
    }
}
