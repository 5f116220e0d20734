package dev.zhanggui.wallet;

import dev.zhanggui.customer.CustomerId;
import dev.zhanggui.shared.Money;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/**
 * A B2B customer's credit statement (授信对账单) for a period: what they owed at its start, every
 * charge, repayment and refund in it, what they owed at its end, and their limit and available
 * credit when the statement was made. {@code closingOwed = openingOwed + sum(lines.amount)}, exact.
 */
public record CreditStatement(CustomerId customer, StatementPeriod period, ZoneId zone, Money openingOwed,
                              List<CreditStatementLine> lines, Money closingOwed, Money creditLimit,
                              Money creditAvailable, Instant generatedAt) {
    public CreditStatement {
        lines = List.copyOf(lines);
    }

    public Money charged() {
        return total(LedgerReason.CREDIT_CHARGE);
    }

    /** Repaid in the period, as a positive amount. */
    public Money repaid() {
        return total(LedgerReason.CREDIT_REPAYMENT).negate();
    }

    /** Given back for refunded or released orders in the period, as a positive amount. */
    public Money refunded() {
        return total(LedgerReason.CREDIT_REFUND).negate();
    }

    private Money total(LedgerReason reason) {
        return Money.ofMinor(lines.stream().filter(l -> l.reason() == reason)
                .mapToLong(l -> l.amount().minorUnits()).sum());
    }
}
