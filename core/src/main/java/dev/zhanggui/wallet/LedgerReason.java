package dev.zhanggui.wallet;

/** Why a ledger entry was appended (余额明细/积分明细 的类型). Stable names: clients filter by them. */
public enum LedgerReason {
    /** A top-up paid by the customer (online, or in cash face to face, 面对面办理). */
    TOPUP,
    /** The bonus a top-up plan adds (充值返现). */
    TOPUP_BONUS,
    /** A bank-transfer deposit the merchant confirmed (预存款). */
    DEPOSIT_CONFIRMED,
    ORDER_PAYMENT,
    ORDER_REFUND,
    /** Staff debit for an in-store purchase (划卡). */
    STAFF_DEBIT,
    STAFF_CREDIT,
    /** Principal held for a withdrawal (提现) when it is requested; it leaves the wallet when paid. */
    WITHDRAWAL,
    SIGN_IN,
    STREAK_BONUS,
    REFERRAL_REWARD,
    PURCHASE_REWARD,
    POINTS_REDEMPTION,
    EXPIRY,
    /** A correction by staff, usually linked to the entry it corrects. */
    ADJUSTMENT,
    /** An order charged to the customer's credit (授信支付). */
    CREDIT_CHARGE,
    /** The customer settled credit in use (还款), recorded by staff with how it was paid. */
    CREDIT_REPAYMENT,
    /** A rejected withdrawal's hold returned to principal (linked to the hold entry). */
    WITHDRAWAL_RELEASE,
    /** Principal transferred to another customer of the merchant (余额转让). */
    TRANSFER_OUT,
    /** Principal received from another customer of the merchant. */
    TRANSFER_IN,
    /**
     * Credit in use given back because an order charged to credit was refunded, closed or voided,
     * or its checkout failed: the customer owes less without having paid anything.
     */
    CREDIT_REFUND
}
