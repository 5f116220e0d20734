package dev.zhanggui.rest.wallet;

import dev.zhanggui.rest.payment.PaymentViews.PaymentIntentView;
import dev.zhanggui.rest.payment.PaymentViews.PaymentView;
import dev.zhanggui.wallet.StartedTopUp;
import dev.zhanggui.wallet.TopUpPlan;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Top-up plans and started top-ups as the API shows them. */
public final class TopUpViews {
    private TopUpViews() {
    }

    @Schema(name = "TopUpPlan", description = "A top-up plan (充值返现): pay amount, receive bonus on top")
    public record TopUpPlanView(String id, String name, @Schema(format = "number", example = "200.00") String amount,
                                @Schema(format = "number", example = "30.00") String bonus, String currency, boolean active,
                                long version) {
        public static TopUpPlanView of(TopUpPlan p) {
            return new TopUpPlanView(p.id().toString(), p.name(), p.amount().toString(), p.bonus().toString(),
                    p.amount().currency().getCurrencyCode(), p.active(), p.version());
        }
    }

    @Schema(name = "TopUp", description = "A started online top-up: the payment to make and what it will credit")
    public record TopUpView(@Schema(nullable = true) String planId, @Schema(format = "number") String principal, @Schema(format = "number") String bonus,
                            PaymentView payment, PaymentIntentView intent) {
        public static TopUpView of(StartedTopUp t) {
            return new TopUpView(t.topUp().plan().map(Object::toString).orElse(null),
                    t.topUp().principal().toString(), t.topUp().bonus().toString(),
                    PaymentView.of(t.payment().payment()), PaymentIntentView.of(t.payment().intent()));
        }
    }
}
