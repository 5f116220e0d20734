package dev.zhanggui.wallet;

import dev.zhanggui.customer.CustomerId;
import dev.zhanggui.customer.CustomerRepository;
import dev.zhanggui.customer.CustomerService;
import dev.zhanggui.shared.Actor;
import dev.zhanggui.shared.DomainException;
import dev.zhanggui.shared.ErrorCode;
import dev.zhanggui.shared.IdGenerator;
import dev.zhanggui.shared.Money;
import dev.zhanggui.shared.Points;
import dev.zhanggui.shared.Transactions;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The wallet as a tender, for checkout, refunds and loyalty rules: pay an order from the balance
 * (余额支付) and refund it to the sub-balances it came from, earn and spend points (积分), charge
 * an order to credit (授信支付) and record repayments. A customer may only pay from their own
 * wallet; everything else is done by the merchant's side (staff, integrations, the system).
 */
public final class WalletPaymentService {
    static final Set<LedgerReason> EARN_REASONS = EnumSet.of(LedgerReason.SIGN_IN, LedgerReason.STREAK_BONUS,
            LedgerReason.REFERRAL_REWARD, LedgerReason.PURCHASE_REWARD, LedgerReason.ORDER_REFUND,
            LedgerReason.ADJUSTMENT);
    static final Set<LedgerReason> SPEND_REASONS = EnumSet.of(LedgerReason.POINTS_REDEMPTION, LedgerReason.EXPIRY,
            LedgerReason.ADJUSTMENT);

    private final WalletLedger ledger;
    private final CustomerService customers;
    private final SpendingOrderPolicy spendingOrder;

    public WalletPaymentService(WalletRepository wallets, CustomerRepository customerRepository,
                                CustomerService customers, SpendingOrderPolicy spendingOrder,
                                Transactions transactions, IdGenerator ids, Clock clock) {
        this.ledger = new WalletLedger(wallets, customerRepository, transactions, ids, clock);
        this.customers = customers;
        this.spendingOrder = spendingOrder;
    }

    /**
     * Pays (part of) an order from the balance. The outcome's {@link WalletOperation#balanceMoved()}
     * tells how much came from principal and bonus; its operation key names the payment for refunds.
     */
    public WalletOperation pay(Actor actor, CustomerId customer, String orderReference, Money amount,
                               String operationKey) {
        requireSelfOrMerchant(actor, customer);
        Money checked = WalletInputs.amount(amount, "amount");
        WalletLedger.Operation operation = operation(operationKey, Cause.order(reference(orderReference)),
                LedgerReason.ORDER_PAYMENT, -checked.minorUnits());
        return ledger.apply(actor, customer, operation,
                (wallet, movement) -> wallet.debit(checked, LedgerReason.ORDER_PAYMENT, movement, spendingOrder));
    }

    /**
     * Refunds (part of) a balance payment, named by its operation key, to the sub-balances it was
     * drawn from; a frozen wallet still receives it. More than what is left unrefunded is refused.
     */
    public WalletOperation refund(Actor actor, CustomerId customer, String paymentKey, String refundReference,
                                  Money amount, String operationKey) {
        WalletInputs.requireStaff(actor);
        Money checked = WalletInputs.amount(amount, "amount");
        WalletInputs.operationKey(paymentKey);
        WalletLedger.Operation operation = operation(operationKey, Cause.refund(reference(refundReference)),
                LedgerReason.ORDER_REFUND, checked.minorUnits());
        return ledger.apply(actor, customer, operation, (wallet, movement) -> {
            WalletRepository wallets = ledger.wallets();
            List<LedgerEntry> payment = wallets.operation(actor.merchant(), wallet.id(), paymentKey).stream()
                    .filter(e -> e.reason() == LedgerReason.ORDER_PAYMENT).toList();
            if (payment.isEmpty()) {
                throw DomainException.invalidField("paymentKey", ErrorCode.WALLET_PAYMENT_NOT_FOUND,
                        "No balance payment " + paymentKey + " in this wallet");
            }
            List<LedgerEntry> refunds = wallets.correctionsOf(actor.merchant(), wallet.id(),
                    payment.stream().map(LedgerEntry::id).toList());
            BalanceDraw refundable = new BalanceDraw(refundable(payment, refunds, SubBalance.PRINCIPAL),
                    refundable(payment, refunds, SubBalance.BONUS));
            if (checked.isGreaterThan(refundable.total())) {
                throw DomainException.invalidField("amount", ErrorCode.WALLET_REFUND_EXCEEDS_PAYMENT,
                        "Only " + refundable.total() + " of the payment is left to refund");
            }
            BalanceDraw parts = spendingOrder.refund(checked, refundable);
            if (!parts.total().equals(checked) || parts.principal().isGreaterThan(refundable.principal())
                    || parts.bonus().isGreaterThan(refundable.bonus())) {
                throw new IllegalStateException("the spending order policy returned " + parts + " for " + checked);
            }
            for (LedgerEntry paid : payment) {
                Money part = parts.part(paid.subBalance().orElseThrow());
                if (part.isPositive()) {
                    wallet.refund(paid.subBalance().orElseThrow(), part, paid.id(), movement);
                }
            }
        });
    }

    public WalletOperation earnPoints(Actor actor, CustomerId customer, Points points, LedgerReason reason,
                                      Cause cause, String operationKey) {
        WalletInputs.requireStaff(actor);
        WalletInputs.reason(reason, EARN_REASONS);
        Points checked = WalletInputs.points(points, "points");
        return ledger.apply(actor, customer, operation(operationKey, cause, reason, checked.value()),
                (wallet, movement) -> wallet.earnPoints(checked, reason, movement));
    }

    /** Spends points: as a tender (POINTS_REDEMPTION, the customer's own), by expiry, or a correction. */
    public WalletOperation spendPoints(Actor actor, CustomerId customer, Points points, LedgerReason reason,
                                       Cause cause, String operationKey) {
        if (reason == LedgerReason.POINTS_REDEMPTION) {
            requireSelfOrMerchant(actor, customer);
        } else {
            WalletInputs.requireStaff(actor);
        }
        WalletInputs.reason(reason, SPEND_REASONS);
        Points checked = WalletInputs.points(points, "points");
        return ledger.apply(actor, customer, operation(operationKey, cause, reason, -checked.value()),
                (wallet, movement) -> wallet.spendPoints(checked, reason, movement));
    }

    /** Charges an order to the customer's credit (授信支付), up to the credit available. */
    public WalletOperation chargeCredit(Actor actor, CustomerId customer, String orderReference, Money amount,
                                       String operationKey) {
        requireSelfOrMerchant(actor, customer);
        Money checked = WalletInputs.amount(amount, "amount");
        return ledger.apply(actor, customer, operation(operationKey, Cause.order(reference(orderReference)),
                LedgerReason.CREDIT_CHARGE, checked.minorUnits()),
                (wallet, movement) -> wallet.chargeCredit(checked, movement));
    }

    /**
     * Records that the customer settled credit in use (还款), how and with what note; more than the
     * credit in use is refused with WALLET_REPAYMENT_EXCEEDS_CREDIT_IN_USE.
     */
    public WalletOperation repayCredit(Actor actor, CustomerId customer, CreditRepayment repayment,
                                       String operationKey) {
        WalletInputs.requireStaff(actor);
        Money checked = WalletInputs.amount(repayment.amount(), "amount");
        if (repayment.method() == null) {
            throw DomainException.invalidField("method", ErrorCode.WALLET_REPAYMENT_METHOD_INVALID);
        }
        WalletLedger.Operation operation = new WalletLedger.Operation(WalletInputs.operationKey(operationKey),
                Cause.repayment(repayment.method()), LedgerReason.CREDIT_REPAYMENT, -checked.minorUnits(),
                WalletInputs.note(repayment.note()), Optional.empty());
        return ledger.apply(actor, customer, operation,
                (wallet, movement) -> wallet.repayCredit(checked, LedgerReason.CREDIT_REPAYMENT, movement));
    }

    /**
     * Gives credit in use back (CREDIT_REFUND) for an order charged to credit that was refunded,
     * closed or voided, or whose checkout failed; the cause names the refund or the order.
     */
    public WalletOperation returnCredit(Actor actor, CustomerId customer, Cause cause, Money amount,
                                        Optional<String> note, String operationKey) {
        WalletInputs.requireStaff(actor);
        Money checked = WalletInputs.amount(amount, "amount");
        WalletLedger.Operation operation = new WalletLedger.Operation(WalletInputs.operationKey(operationKey),
                cause, LedgerReason.CREDIT_REFUND, -checked.minorUnits(), WalletInputs.note(note), Optional.empty());
        return ledger.apply(actor, customer, operation,
                (wallet, movement) -> wallet.repayCredit(checked, LedgerReason.CREDIT_REFUND, movement));
    }

    private void requireSelfOrMerchant(Actor actor, CustomerId customer) {
        if (actor.actsForMerchant()) {
            return;
        }
        if (!actor.isCustomer() || !customers.myId(actor).equals(customer)) {
            throw new DomainException(ErrorCode.FORBIDDEN, "A customer may only pay from their own wallet");
        }
    }

    private static WalletLedger.Operation operation(String key, Cause cause, LedgerReason reason, long signedTotal) {
        return new WalletLedger.Operation(WalletInputs.operationKey(key), cause, reason, signedTotal,
                Optional.empty(), Optional.empty());
    }

    private static String reference(String reference) {
        if (reference == null || reference.isBlank() || reference.length() > Cause.MAX_REFERENCE) {
            throw DomainException.invalidField("reference", ErrorCode.VALIDATION_FAILED,
                    "The reference must be 1 to " + Cause.MAX_REFERENCE + " characters");
        }
        return reference;
    }

    private static Money refundable(List<LedgerEntry> payment, List<LedgerEntry> refunds, SubBalance subBalance) {
        Set<UUID> paidIds = new java.util.HashSet<>();
        long paid = 0;
        for (LedgerEntry entry : payment) {
            if (entry.subBalance().orElseThrow() == subBalance) {
                paid -= entry.amount();
                paidIds.add(entry.id());
            }
        }
        long refunded = refunds.stream().filter(r -> r.corrects().filter(paidIds::contains).isPresent())
                .mapToLong(LedgerEntry::amount).sum();
        return Money.ofMinor(paid - refunded);
    }
}
