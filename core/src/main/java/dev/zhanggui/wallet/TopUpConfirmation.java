package dev.zhanggui.wallet;

import dev.zhanggui.customer.CustomerRepository;
import dev.zhanggui.payment.Payment;
import dev.zhanggui.payment.PaymentConfirmationHandler;
import dev.zhanggui.payment.PaymentHandling;
import dev.zhanggui.payment.PaymentPurpose;
import dev.zhanggui.shared.Actor;
import dev.zhanggui.shared.IdGenerator;
import dev.zhanggui.shared.Transactions;

import java.time.Clock;
import java.util.Optional;

/**
 * Credits a confirmed top-up: principal (TOPUP) and bonus (TOPUP_BONUS) in one wallet operation
 * whose key is the payment's id, so that even a second confirmation could not credit it twice.
 */
public final class TopUpConfirmation implements PaymentConfirmationHandler {
    private final TopUpRepository topUps;
    private final WalletLedger ledger;

    public TopUpConfirmation(TopUpRepository topUps, WalletRepository wallets, CustomerRepository customers,
                             Transactions transactions, IdGenerator ids, Clock clock) {
        this.topUps = topUps;
        this.ledger = new WalletLedger(wallets, customers, transactions, ids, clock);
    }

    @Override
    public PaymentPurpose purpose() {
        return PaymentPurpose.TOP_UP;
    }

    @Override
    public PaymentHandling paid(Payment payment) {
        TopUp topUp = topUps.find(payment.merchant(), payment.id()).orElseThrow(
                () -> new IllegalStateException("no top-up for payment " + payment.id()));
        Actor system = Actor.system(payment.merchant(), "payment:" + payment.gateway());
        WalletLedger.Operation operation = new WalletLedger.Operation(payment.id().toString(),
                new Cause(Cause.Kind.TOP_UP, payment.outTradeNo()), LedgerReason.TOPUP,
                topUp.principal().plus(topUp.bonus()).minorUnits(), Optional.empty(), Optional.empty());
        ledger.apply(system, topUp.customer(), operation, (wallet, movement) -> {
            wallet.credit(SubBalance.PRINCIPAL, topUp.principal(), LedgerReason.TOPUP, movement);
            if (topUp.bonus().isPositive()) {
                wallet.credit(SubBalance.BONUS, topUp.bonus(), LedgerReason.TOPUP_BONUS, movement);
            }
        });
        return PaymentHandling.taken();
    }
}
