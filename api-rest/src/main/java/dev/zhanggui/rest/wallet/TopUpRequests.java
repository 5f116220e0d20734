package dev.zhanggui.rest.wallet;

import dev.zhanggui.shared.DomainException;
import dev.zhanggui.shared.ErrorCode;
import dev.zhanggui.wallet.TopUpPlanDetails;
import dev.zhanggui.wallet.TopUpPlanId;
import dev.zhanggui.wallet.WalletFields;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.Optional;

/** What clients send to keep top-up plans and to top up. */
public final class TopUpRequests {
    private TopUpRequests() {
    }

    @Schema(name = "TopUpPlanInput")
    public record PlanInput(@Schema(required = true, example = "充200送30") String name,
                            @Schema(format = "number", required = true, example = "200.00") String amount,
                            @Schema(format = "number", nullable = true, example = "30.00", description = "Default 0.00") String bonus,
                            @Schema(nullable = true, description = "Offered to customers; default true") Boolean active) {
        TopUpPlanDetails toDetails() {
            return new TopUpPlanDetails(name, WalletFields.money("amount", amount).orElseThrow(() ->
                    DomainException.invalidField("amount", ErrorCode.TOPUP_PLAN_INVALID, "amount is required")),
                    WalletFields.money("bonus", bonus).orElse(null), active == null || active);
        }
    }

    @Schema(name = "TopUpInput", description = "Either a plan or an amount")
    public record TopUpInput(@Schema(nullable = true) String planId,
                             @Schema(format = "number", nullable = true, example = "88.00") String amount) {
        Optional<TopUpPlanId> plan() {
            return Optional.ofNullable(planId).map(TopUpPlanId::parse);
        }
    }
}
