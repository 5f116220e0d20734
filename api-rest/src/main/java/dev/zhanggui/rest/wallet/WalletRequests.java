package dev.zhanggui.rest.wallet;

import dev.zhanggui.shared.DomainException;
import dev.zhanggui.shared.ErrorCode;
import dev.zhanggui.wallet.CreditRepayment;
import dev.zhanggui.wallet.LedgerReason;
import dev.zhanggui.wallet.WalletCredit;
import dev.zhanggui.wallet.WalletDebit;
import dev.zhanggui.wallet.WalletFields;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.Optional;

/** What staff send to change a wallet. */
public final class WalletRequests {
    private WalletRequests() {
    }

    @Schema(name = "WalletCreditInput")
    public record CreditInput(
            @Schema(required = true, description = "TOPUP (face to face, cash), DEPOSIT_CONFIRMED, STAFF_CREDIT or ADJUSTMENT")
            String reason,
            @Schema(format = "number", nullable = true, example = "200.00", description = "To principal") String amount,
            @Schema(format = "number", nullable = true, example = "30.00", description = "To bonus (a top-up plan's 返现)") String bonus,
            @Schema(nullable = true, description = "At most 200 characters") String note,
            @Schema(nullable = true, description = "The id of the entry this corrects") String corrects) {

        WalletCredit toCredit() {
            LedgerReason code = WalletFields.reason(reason).orElseThrow(() -> DomainException.invalidField("reason",
                    ErrorCode.WALLET_REASON_INVALID, "reason is required"));
            var principal = WalletFields.money("amount", amount);
            var extra = WalletFields.money("bonus", bonus);
            if (principal.isEmpty() && extra.isEmpty()) {
                throw DomainException.invalidField("amount", ErrorCode.WALLET_AMOUNT_INVALID,
                        "Give an amount, a bonus or both");
            }
            return new WalletCredit(code, principal.orElse(null), extra.orElse(null), Optional.ofNullable(note),
                    WalletFields.entryId("corrects", corrects));
        }
    }

    @Schema(name = "WalletDebitInput")
    public record DebitInput(
            @Schema(nullable = true, description = "STAFF_DEBIT (划卡, the default) or ADJUSTMENT") String reason,
            @Schema(format = "number", required = true, example = "38.00") String amount,
            @Schema(nullable = true, description = "At most 200 characters, e.g. what was bought") String note,
            @Schema(nullable = true, description = "The id of the entry this corrects") String corrects) {

        WalletDebit toDebit() {
            return new WalletDebit(WalletFields.reason(reason).orElse(LedgerReason.STAFF_DEBIT),
                    WalletFields.requiredMoney("amount", amount), Optional.ofNullable(note),
                    WalletFields.entryId("corrects", corrects));
        }
    }

    @Schema(name = "CreditLimitInput")
    public record CreditLimitInput(@Schema(format = "number", required = true, example = "5000.00") String limit,
                                   @Schema(nullable = true, description = "Why; kept in the audit trail, at most 200 characters")
                                   String note) {
    }

    @Schema(name = "WalletChangeNote", description = "Why staff freeze or unfreeze a wallet; kept in the audit trail")
    public record ChangeNote(@Schema(nullable = true, description = "At most 200 characters") String note) {
        static Optional<String> of(ChangeNote body) {
            return body == null ? Optional.empty() : Optional.ofNullable(body.note());
        }
    }

    @Schema(name = "CreditRepaymentInput", description = "A repayment of credit in use (还款) that staff record")
    public record RepaymentInput(
            @Schema(format = "number", required = true, example = "1500.00", description = "At most the credit in use") String amount,
            @Schema(required = true, enumeration = {"BANK_TRANSFER", "CASH", "WECHAT_PAY", "ALIPAY", "OTHER"})
            String method,
            @Schema(nullable = true, description = "At most 200 characters, e.g. the bank transaction number")
            String note) {

        CreditRepayment toRepayment() {
            return new CreditRepayment(WalletFields.requiredMoney("amount", amount),
                    WalletFields.repaymentMethod(method), Optional.ofNullable(note));
        }
    }
}
