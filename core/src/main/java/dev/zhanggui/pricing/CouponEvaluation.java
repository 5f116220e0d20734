package dev.zhanggui.pricing;

import dev.zhanggui.promotion.CartLineView;
import dev.zhanggui.promotion.CartView;
import dev.zhanggui.promotion.Coupon;
import dev.zhanggui.promotion.CouponStatus;
import dev.zhanggui.promotion.CouponTemplate;
import dev.zhanggui.shared.Money;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Weighs the customer's coupons against the cart after promotions: each one either applies (with
 * the discount it would give and the lines it covers) or does not, with a typed reason. The best
 * coupon takes the most off; on a tie the one that expires first, then the lower id.
 */
final class CouponEvaluation {
    /** A coupon that applies: what it takes off and over which lines it is split. */
    record Applicable(CouponOffer offer, CouponOption option, List<Integer> lines) {
    }

    /** Either applicable or not, with the reason. */
    record Outcome(CouponOffer offer, Optional<Applicable> applicable, Optional<Inapplicable> reason) {
    }

    static final Comparator<Applicable> BEST_FIRST = Comparator
            .comparing((Applicable a) -> a.option().discount()).reversed()
            .thenComparing(a -> a.offer().coupon().window().until().orElse(Instant.MAX))
            .thenComparing(a -> a.offer().coupon().id().value());

    private CouponEvaluation() {
    }

    static List<Outcome> evaluate(List<CouponOffer> offers, CartView cart, boolean promotionsApplied) {
        List<Outcome> outcomes = new ArrayList<>(offers.size());
        for (CouponOffer offer : offers) {
            outcomes.add(evaluate(offer, cart, promotionsApplied));
        }
        return outcomes;
    }

    private static Outcome evaluate(CouponOffer offer, CartView cart, boolean promotionsApplied) {
        Coupon coupon = offer.coupon();
        CouponTemplate template = offer.template();
        CouponStatus status = coupon.statusAt(cart.at());
        if (status == CouponStatus.EXPIRED) {
            return no(offer, InapplicableReason.COUPON_EXPIRED, Optional.empty());
        }
        if (status != CouponStatus.AVAILABLE) {
            return no(offer, InapplicableReason.COUPON_NOT_AVAILABLE, Optional.empty());
        }
        if (!coupon.window().contains(cart.at())) {
            return no(offer, InapplicableReason.COUPON_NOT_STARTED, Optional.empty());
        }
        if (promotionsApplied && !template.stackableWithPromotions()) {
            return no(offer, InapplicableReason.COUPON_NOT_STACKABLE, Optional.empty());
        }
        List<Integer> lines = new ArrayList<>();
        Money covered = Money.zero(template.minimumSpend().currency());
        for (CartLineView line : cart.lines()) {
            if (template.scope().covers(line) && line.amount().isPositive()) {
                lines.add(line.index());
                covered = covered.plus(line.amount());
            }
        }
        if (lines.isEmpty()) {
            return no(offer, InapplicableReason.COUPON_OUT_OF_SCOPE, Optional.empty());
        }
        if (covered.isLessThan(template.minimumSpend())) {
            return no(offer, InapplicableReason.COUPON_MIN_SPEND_NOT_MET,
                    Optional.of(template.minimumSpend().minus(covered)));
        }
        Money discount = template.benefit().discountOn(covered);
        CouponOption option = new CouponOption(coupon.id(), template.id(), template.name(), discount);
        return new Outcome(offer, Optional.of(new Applicable(offer, option, List.copyOf(lines))), Optional.empty());
    }

    private static Outcome no(CouponOffer offer, InapplicableReason reason, Optional<Money> missing) {
        return new Outcome(offer, Optional.empty(), Optional.of(new Inapplicable(Inapplicable.Subject.COUPON,
                offer.coupon().id().toString(), reason, missing)));
    }
}
