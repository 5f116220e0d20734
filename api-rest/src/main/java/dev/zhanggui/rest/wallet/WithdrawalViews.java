package dev.zhanggui.rest.wallet;

import dev.zhanggui.wallet.Withdrawal;
import dev.zhanggui.wallet.WithdrawalTransitions;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

/** Withdrawals as the API shows and takes them. */
public final class WithdrawalViews {
    private WithdrawalViews() {
    }

    @Schema(name = "Withdrawal", description = "A withdrawal of principal (提现)")
    public record WithdrawalView(String id, String customerId, @Schema(format = "number", example = "150.00") String amount,
                                 @Schema(enumeration = {"REQUESTED", "APPROVED", "REJECTED", "PAID"}) String status,
                                 @Schema(nullable = true, description = "The rejection reason or payout reference")
                                 String note,
                                 @Schema(description = "What staff can do next") List<String> actions,
                                 Instant requestedAt, Instant updatedAt, long version) {
        public static WithdrawalView of(Withdrawal w) {
            return new WithdrawalView(w.id().toString(), w.customer().toString(), w.amount().toString(),
                    w.status().name(), w.note().orElse(null),
                    WithdrawalTransitions.actionsFrom(w.status()).stream().map(Enum::name).toList(),
                    w.requestedAt(), w.updatedAt(), w.version());
        }
    }

    @Schema(name = "WithdrawalRequest")
    public record RequestInput(@Schema(format = "number", required = true, example = "150.00") String amount) {
    }

    @Schema(name = "WithdrawalRejection")
    public record RejectInput(@Schema(required = true, example = "银行卡信息有误") String reason) {
    }

    @Schema(name = "WithdrawalPayout")
    public record PayInput(@Schema(required = true, description = "The transfer's reference") String reference) {
    }
}
