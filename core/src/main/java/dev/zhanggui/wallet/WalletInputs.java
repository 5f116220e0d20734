package dev.zhanggui.wallet;

import dev.zhanggui.shared.Actor;
import dev.zhanggui.shared.DomainException;
import dev.zhanggui.shared.ErrorCode;
import dev.zhanggui.shared.Money;
import dev.zhanggui.shared.Points;

import java.util.Optional;
import java.util.Set;

/** The checks every wallet input passes before a unit of work starts. */
final class WalletInputs {
    /** The largest single movement: one hundred million yuan. */
    static final Money MAX_AMOUNT = Money.of("100000000.00");
    static final long MAX_POINTS = 1_000_000_000_000L;
    static final int MAX_NOTE = 200;
    static final int MAX_KEY = 255;

    private WalletInputs() {
    }

    /** A positive CNY amount no larger than {@link #MAX_AMOUNT}. */
    static Money amount(Money amount, String field) {
        if (amount == null || !amount.hasCurrency(Money.CNY) || !amount.isPositive()
                || amount.isGreaterThan(MAX_AMOUNT)) {
            throw DomainException.invalidField(field, ErrorCode.WALLET_AMOUNT_INVALID,
                    field + " must be a positive CNY amount of at most " + MAX_AMOUNT);
        }
        return amount;
    }

    /** Zero or a valid amount. */
    static Money amountOrZero(Money amount, String field) {
        return amount != null && amount.isZero() && amount.hasCurrency(Money.CNY) ? amount : amount(amount, field);
    }

    static Points points(Points points, String field) {
        if (points == null || !points.isPositive() || points.value() > MAX_POINTS) {
            throw DomainException.invalidField(field, ErrorCode.WALLET_AMOUNT_INVALID,
                    field + " must be a positive number of points of at most " + MAX_POINTS);
        }
        return points;
    }

    static String operationKey(String key) {
        if (key == null || key.isEmpty() || key.length() > MAX_KEY
                || !key.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
            throw DomainException.invalidField("operationKey", ErrorCode.WALLET_OPERATION_KEY_INVALID,
                    "The operation key must be 1 to " + MAX_KEY + " visible ASCII characters");
        }
        return key;
    }

    static Optional<String> note(Optional<String> note) {
        Optional<String> text = note == null ? Optional.empty() : note.map(String::strip).filter(s -> !s.isEmpty());
        if (text.filter(t -> t.length() > MAX_NOTE).isPresent()) {
            throw DomainException.invalidField("note", ErrorCode.WALLET_NOTE_INVALID);
        }
        return text;
    }

    static void reason(LedgerReason reason, Set<LedgerReason> allowed) {
        if (reason == null || !allowed.contains(reason)) {
            throw DomainException.invalidField("reason", ErrorCode.WALLET_REASON_INVALID,
                    "reason must be one of " + allowed);
        }
    }

    static void requireStaff(Actor actor) {
        if (!actor.actsForMerchant()) {
            throw new DomainException(ErrorCode.FORBIDDEN, "Only the merchant's staff may do this");
        }
    }
}
