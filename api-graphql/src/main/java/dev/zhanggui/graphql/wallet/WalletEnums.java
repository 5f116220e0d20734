package dev.zhanggui.graphql.wallet;

import dev.zhanggui.wallet.Asset;
import dev.zhanggui.wallet.LedgerReason;
import dev.zhanggui.wallet.RepaymentMethod;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

/**
 * The wallet's enums as GraphQL enums: the same names as the core's (the core jar is not indexed
 * for the schema, so its enums cannot be published directly).
 */
public final class WalletEnums {
    private WalletEnums() {
    }

    @Enum("WalletAsset")
    @Description("What a ledger entry moves: the balance (money), points, or credit in use")
    public enum WalletAsset {
        BALANCE, POINTS, CREDIT;

        Asset toCore() {
            return Asset.valueOf(name());
        }
    }

    @Enum("WalletSubBalance")
    @Description("PRINCIPAL (本金, paid in) or BONUS (赠送金, given on top)")
    public enum WalletSubBalance {
        PRINCIPAL, BONUS
    }

    @Enum("WalletEntryReason")
    @Description("Why a ledger entry was appended")
    public enum WalletEntryReason {
        TOPUP, TOPUP_BONUS, DEPOSIT_CONFIRMED, ORDER_PAYMENT, ORDER_REFUND, STAFF_DEBIT, STAFF_CREDIT, WITHDRAWAL,
        SIGN_IN, STREAK_BONUS, REFERRAL_REWARD, PURCHASE_REWARD, POINTS_REDEMPTION, EXPIRY, ADJUSTMENT,
        CREDIT_CHARGE, CREDIT_REPAYMENT, WITHDRAWAL_RELEASE, TRANSFER_OUT,
        TRANSFER_IN, CREDIT_REFUND;

        LedgerReason toCore() {
            return LedgerReason.valueOf(name());
        }

        static WalletEntryReason of(LedgerReason reason) {
            return valueOf(reason.name());
        }
    }

    @Enum("RepaymentMethod")
    @Description("How credit in use was repaid (还款方式)")
    public enum WalletRepaymentMethod {
        BANK_TRANSFER, CASH, WECHAT_PAY, ALIPAY, OTHER;

        RepaymentMethod toCore() {
            return RepaymentMethod.valueOf(name());
        }
    }
}
