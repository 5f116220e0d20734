package dev.zhanggui.wallet;

import dev.zhanggui.customer.CustomerId;
import dev.zhanggui.shared.MerchantId;
import dev.zhanggui.shared.Money;
import dev.zhanggui.shared.Points;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Points given by an earning rule, as a snapshot: what earned them (the order and, for a referral,
 * the invitee), whose wallet got them, the money they were reckoned on, the rule with its
 * arguments, and the wallet operation that credited them (none when the award was zero points).
 * Each is given once: per order for {@link Kind#PURCHASE}, per invitee for {@link Kind#REFERRAL}
 * and {@link Kind#DOWNLINE}. After-sales reads them per order to take back a refunded share.
 *
 * @param customer     the customer whose wallet earned the points (the buyer, or the inviter)
 * @param basis        the money reckoned on: paid in money for the order; zero for a downline bonus
 * @param rule         the earning rule applied; empty if none was in force (then no points)
 * @param operationKey the key of the wallet operation of the points (on {@code customer}'s wallet)
 */
public record PointsAward(UUID id, MerchantId merchant, Kind kind, CustomerId customer,
                          Optional<String> orderNumber, Optional<CustomerId> invitee, Money basis, Points points,
                          Optional<PointsRule> rule, Optional<String> operationKey, Instant at) {

    /** What the points were for. */
    public enum Kind {
        /** The buyer's completed order (购物积分, PURCHASE_REWARD). */
        PURCHASE,
        /** The first completed order of the customer the inviter brought (推荐奖励, REFERRAL_REWARD). */
        REFERRAL,
        /** A customer linked to the inviter (拉新奖励, REFERRAL_REWARD). */
        DOWNLINE;

        public LedgerReason reason() {
            return this == PURCHASE ? LedgerReason.PURCHASE_REWARD : LedgerReason.REFERRAL_REWARD;
        }
    }

    public PointsAward {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(merchant, "merchant");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(customer, "customer");
        Objects.requireNonNull(basis, "basis");
        Objects.requireNonNull(points, "points");
        Objects.requireNonNull(at, "at");
        orderNumber = orderNumber == null ? Optional.empty() : orderNumber;
        invitee = invitee == null ? Optional.empty() : invitee;
        rule = rule == null ? Optional.empty() : rule;
        operationKey = operationKey == null ? Optional.empty() : operationKey;
        if (kind != Kind.DOWNLINE && orderNumber.isEmpty() || kind != Kind.PURCHASE && invitee.isEmpty()) {
            throw new IllegalArgumentException(kind + " awards name " + (kind == Kind.DOWNLINE ? "the invitee"
                    : kind == Kind.PURCHASE ? "the order" : "the order and the invitee"));
        }
        if (points.isNegative() || points.isPositive() != operationKey.isPresent()) {
            throw new IllegalArgumentException("positive points, and only they, are credited by a wallet operation");
        }
    }

    /** What the award is given once for: the order number of a purchase, the invitee of a referral or downline. */
    public String claim() {
        return kind == Kind.PURCHASE ? orderNumber.orElseThrow() : invitee.orElseThrow().toString();
    }

    /** What caused the ledger entry: the order (purchase, referral), or the referral of the invitee (downline). */
    public Cause cause() {
        return kind == Kind.DOWNLINE ? Cause.referral(invitee.orElseThrow().toString())
                : Cause.order(orderNumber.orElseThrow());
    }

    /** The operation key for points of this kind, on the earning customer's wallet. */
    static String operationKeyFor(Kind kind, String claim) {
        return switch (kind) {
            case PURCHASE -> "purchase-reward:" + claim;
            case REFERRAL -> "referral-reward:" + claim;
            case DOWNLINE -> "downline-bonus:" + claim;
        };
    }
}
