package dev.zhanggui.wallet;

import dev.zhanggui.shared.Actor;
import dev.zhanggui.shared.Money;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * One movement of a credit statement (对账单明细): a charge of an order (CREDIT_CHARGE, positive), a
 * repayment (CREDIT_REPAYMENT, negative, with its method) or credit given back for a refunded or
 * released order (CREDIT_REFUND, negative), and what the customer owed after it.
 *
 * @param date        the business day, in the merchant's time zone
 * @param orderNumber the order charged or released, when the cause is an order
 */
public record CreditStatementLine(Instant at, LocalDate date, LedgerReason reason, Money amount, Money owedAfter,
                                  Optional<String> orderNumber, Cause cause, Optional<RepaymentMethod> method,
                                  Optional<String> note, Actor.Kind actorKind, String actor) {

    static CreditStatementLine of(LedgerEntry entry, LocalDate date) {
        Cause cause = entry.cause();
        Optional<String> order = cause.kind() == Cause.Kind.ORDER ? Optional.of(cause.reference()) : Optional.empty();
        Optional<RepaymentMethod> method = cause.kind() == Cause.Kind.REPAYMENT
                ? Optional.of(RepaymentMethod.valueOf(cause.reference())) : Optional.empty();
        return new CreditStatementLine(entry.at(), date, entry.reason(), entry.money(), entry.moneyAfter(), order,
                cause, method, entry.note(), entry.actorKind(), entry.actor());
    }
}
