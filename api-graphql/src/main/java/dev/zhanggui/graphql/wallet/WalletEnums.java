package dev.zhanggui.graphql.wallet;

import dev.zhanggui.wallet.Asset;
import dev.zhanggui.wallet.LedgerReason;
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
        TRANSFER_IN;

        LedgerReason toCore() {
            return LedgerReason.valueOf(name());
        }

        static WalletEntryReason of(LedgerReason reason) {
            return valueOf(reason.name());
        }
    }
}
