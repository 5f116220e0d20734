package dev.zhanggui.aftersale;

import dev.zhanggui.payment.PaymentId;
import dev.zhanggui.payment.PaymentService;
import dev.zhanggui.payment.RefundReceipt;
import dev.zhanggui.shared.Actor;
import dev.zhanggui.shared.DomainException;
import dev.zhanggui.shared.ErrorCode;
import dev.zhanggui.wallet.Cause;
import dev.zhanggui.wallet.LedgerReason;
import dev.zhanggui.wallet.WalletPaymentService;

import java.time.Instant;
import java.util.Optional;

/**
 * Carries out one part of a refund at its destination (原路退回): balance back to the sub-balances
 * it was spent from, points back to the ledger, credit in use down, online money back through the
 * gateway that took it, a manual part only recorded. Each uses the part's key, so doing it again
 * applies it once; a refusal or an unreachable gateway leaves the part FAILED, to be retried.
 */
final class RefundDestinations {
    private final WalletPaymentService walletPayments;
    private final PaymentService payments;

    RefundDestinations(WalletPaymentService walletPayments, PaymentService payments) {
        this.walletPayments = walletPayments;
        this.payments = payments;
    }

    RefundPart carryOut(Refund refund, RefundPart part, Instant now) {
        RefundPart tried = part.attempted();
        Actor system = Actor.system(refund.merchant(), "after-sales");
        String reference = refund.id().toString();
        try {
            switch (part.destination()) {
                case BALANCE -> walletPayments.refund(system, refund.customer(), part.tenderReference().orElseThrow(),
                        reference, part.amount(), part.key());
                case POINTS -> {
                    if (part.points().isPositive()) {
                        walletPayments.earnPoints(system, refund.customer(), part.points(), LedgerReason.ORDER_REFUND,
                                Cause.refund(reference), part.key());
                    }
                }
                case CREDIT -> walletPayments.returnCredit(system, refund.customer(), Cause.refund(reference),
                        part.amount(), Optional.of("refund of order " + refund.orderNumber()), part.key());
                case MANUAL -> {
                    return tried.succeeded(Optional.of(refund.note().orElse("settled offline")), now);
                }
                case PAYMENT_GATEWAY -> {
                    return throughGateway(refund, tried, now);
                }
            }
            return tried.succeeded(Optional.empty(), now);
        } catch (DomainException refused) {
            return tried.failed(refused.code() + ": " + refused.getMessage());
        }
    }

    private RefundPart throughGateway(Refund refund, RefundPart part, Instant now) {
        PaymentId payment = PaymentId.parse(part.tenderReference().orElse(""));
        RefundReceipt receipt;
        try {
            receipt = payments.refund(refund.merchant(), payment, part.key(), part.amount(),
                    "Refund of order " + refund.orderNumber());
        } catch (DomainException refused) {
            throw refused; // a refusal with its own code (not paid, too much): the caller records it
        } catch (RuntimeException unreachable) {
            return part.failed(ErrorCode.REFUND_GATEWAY_FAILED + ": " + unreachable.getMessage());
        }
        Optional<String> gatewayRefund = Optional.ofNullable(receipt.gatewayRefundNo());
        return receipt.completed() ? part.succeeded(gatewayRefund, now) : part.awaitingConfirmation(gatewayRefund);
    }
}
