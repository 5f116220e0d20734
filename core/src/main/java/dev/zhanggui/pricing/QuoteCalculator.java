package dev.zhanggui.pricing;

import dev.zhanggui.promotion.CompiledPromotion;
import dev.zhanggui.promotion.CouponStatus;
import dev.zhanggui.promotion.PromotionEffect;
import dev.zhanggui.promotion.PromotionStage;
import dev.zhanggui.shared.DomainException;
import dev.zhanggui.shared.ErrorCode;
import dev.zhanggui.shared.FieldError;
import dev.zhanggui.shared.Money;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Prices a cart (报价), a pure function of its {@link QuoteInputs}. The order of application is
 * fixed (docs/guides/pricing.md): unit prices → item promotions → order promotions → coupon →
 * shipping and free-shipping promotions. Every amount is rounded HALF_UP to the fen where it arises
 * on a line; order discounts are split over lines by largest remainder, so totals are sums of lines.
 */
public final class QuoteCalculator {
    public static final int MAX_LINES = 200;
    public static final int MAX_QUANTITY = 99_999;

    public Quote quote(QuoteInputs in) {
        List<PricedSku> skus = checkedSkus(in);
        List<Inapplicable> notApplied = new ArrayList<>();
        List<UnitPrice> unitPrices = UnitPricing.unitPrices(in, skus, notApplied);
        CartLedger ledger = new CartLedger(in.lines(), skus, unitPrices);

        applyPromotions(in, ledger, PromotionStage.ITEM, notApplied);
        applyPromotions(in, ledger, PromotionStage.ORDER, notApplied);
        CouponDecision coupons = applyCoupon(in, ledger, notApplied);
        ShippingQuote shipping = shipping(in, skus, ledger, notApplied);

        Money payable = ledger.money(ledger.netTotal()).plus(shipping.charged());
        return new Quote(in.at(), ledger.quotedLines(unitPrices), ledger.money(ledger.goodsTotal()),
                ledger.money(ledger.promotionTotal()), ledger.money(ledger.couponTotal()), ledger.appliedDiscounts(),
                shipping, payable, coupons.applicable(), coupons.best(), coupons.applied(), notApplied);
    }

    private static List<PricedSku> checkedSkus(QuoteInputs in) {
        List<FieldError> errors = new ArrayList<>();
        if (in.lines().isEmpty() || in.lines().size() > MAX_LINES) {
            errors.add(new FieldError("lines", ErrorCode.QUOTE_INVALID, "A cart has 1 to " + MAX_LINES + " lines"));
        }
        List<PricedSku> skus = new ArrayList<>(in.lines().size());
        for (int i = 0; i < in.lines().size(); i++) {
            CartLine line = in.lines().get(i);
            if (line.quantity() < 1 || line.quantity() > MAX_QUANTITY) {
                errors.add(new FieldError("lines[" + i + "].quantity", ErrorCode.QUOTE_INVALID,
                        "A quantity is 1 to " + MAX_QUANTITY));
            }
            PricedSku sku = line.sku() == null ? null : in.skus().get(line.sku());
            if (sku == null) {
                errors.add(new FieldError("lines[" + i + "].sku", ErrorCode.SKU_NOT_FOUND,
                        "No SKU on sale with id " + line.sku()));
            }
            skus.add(sku);
        }
        if (!errors.isEmpty()) {
            throw new DomainException(ErrorCode.QUOTE_INVALID, "The cart cannot be quoted", errors);
        }
        return skus;
    }

    private static void applyPromotions(QuoteInputs in, CartLedger ledger, PromotionStage stage,
                                        List<Inapplicable> notApplied) {
        for (CompiledPromotion promotion : in.promotions()) {
            if (promotion.stage() != stage) {
                continue;
            }
            String id = promotion.promotion().id().toString();
            String name = promotion.promotion().name();
            PromotionEffect effect = promotion.evaluate(ledger.view(in.at()));
            switch (effect) {
                case PromotionEffect.LineDiscounts d -> d.byLine().entrySet().stream()
                        .sorted(Map.Entry.comparingByKey())
                        .forEach(e -> ledger.take(e.getKey(), e.getValue().minorUnits(), DiscountSource.PROMOTION,
                                id, name));
                case PromotionEffect.OrderDiscount d -> ledger.split(d.amount().minorUnits(), d.lines(),
                        DiscountSource.PROMOTION, id, name);
                case PromotionEffect.NoEffect n -> notApplied.add(new Inapplicable(Inapplicable.Subject.PROMOTION, id,
                        n.missing().isPresent() ? InapplicableReason.PROMOTION_MIN_SPEND_NOT_MET
                                : InapplicableReason.PROMOTION_NOT_APPLICABLE, n.missing()));
                case PromotionEffect.FreeShipping f -> {
                    // only a shipping-stage action waives shipping; see shipping()
                }
            }
        }
    }

    private record CouponDecision(List<CouponOption> applicable, Optional<CouponOption> best,
                                  Optional<CouponOption> applied) {
    }

    private static CouponDecision applyCoupon(QuoteInputs in, CartLedger ledger, List<Inapplicable> notApplied) {
        boolean promotionsApplied = ledger.promotionTotal() > 0;
        List<CouponEvaluation.Outcome> outcomes = CouponEvaluation.evaluate(in.coupons(), ledger.view(in.at()),
                promotionsApplied);
        List<CouponEvaluation.Applicable> applicable = outcomes.stream().flatMap(o -> o.applicable().stream())
                .sorted(CouponEvaluation.BEST_FIRST).toList();
        Optional<CouponEvaluation.Applicable> chosen = switch (in.couponChoice()) {
            case CouponChoice.None none -> Optional.empty();
            case CouponChoice.Best best -> applicable.stream().findFirst();
            case CouponChoice.Specific specific -> applicable.stream()
                    .filter(a -> a.offer().coupon().id().equals(specific.coupon())).findFirst();
        };
        for (CouponEvaluation.Outcome outcome : outcomes) {
            boolean requested = in.couponChoice() instanceof CouponChoice.Specific s
                    && s.coupon().equals(outcome.offer().coupon().id());
            // Used and reserved coupons are explained only when asked for by name.
            if (outcome.reason().isPresent() && (requested
                    || outcome.offer().coupon().status() == CouponStatus.AVAILABLE)) {
                notApplied.add(outcome.reason().get());
            }
        }
        if (in.couponChoice() instanceof CouponChoice.Specific s
                && outcomes.stream().noneMatch(o -> o.offer().coupon().id().equals(s.coupon()))) {
            notApplied.add(new Inapplicable(Inapplicable.Subject.COUPON, s.coupon().toString(),
                    InapplicableReason.COUPON_NOT_FOUND, Optional.empty()));
        }
        for (CouponEvaluation.Applicable a : applicable) {
            if (chosen.isPresent() && chosen.get() != a) {
                notApplied.add(new Inapplicable(Inapplicable.Subject.COUPON, a.option().coupon().toString(),
                        InapplicableReason.COUPON_NOT_CHOSEN, Optional.empty()));
            }
        }
        chosen.ifPresent(c -> ledger.split(c.option().discount().minorUnits(), c.lines(), DiscountSource.COUPON,
                c.option().coupon().toString(), c.option().name()));
        List<CouponOption> options = applicable.stream().map(CouponEvaluation.Applicable::option).toList();
        return new CouponDecision(options, options.stream().findFirst(),
                chosen.map(CouponEvaluation.Applicable::option));
    }

    private static ShippingQuote shipping(QuoteInputs in, List<PricedSku> skus, CartLedger ledger,
                                          List<Inapplicable> notApplied) {
        Money zero = ledger.money(0);
        if (in.delivery() == DeliveryMethod.PICKUP) {
            return new ShippingQuote(DeliveryMethod.PICKUP, Optional.empty(), 0, zero, zero, Optional.empty(), zero);
        }
        long weight = 0;
        for (int i = 0; i < skus.size(); i++) {
            weight += (long) skus.get(i).weightGrams() * in.lines().get(i).quantity();
        }
        long grams = weight;
        Carrier carrier = in.carrier()
                .map(id -> in.carriers().stream().filter(c -> c.id().equals(id) && c.enabled()).findFirst()
                        .orElseThrow(() -> DomainException.invalidField("carrier", ErrorCode.CARRIER_NOT_FOUND,
                                "No enabled carrier " + id)))
                .orElseGet(() -> in.carriers().stream().filter(Carrier::enabled)
                        .min(Comparator.comparing((Carrier c) -> c.feeFor(grams, in.region()))
                                .thenComparing(c -> c.id().value()))
                        .orElseThrow(() -> DomainException.invalidField("carrier", ErrorCode.CARRIER_NOT_FOUND,
                                "The merchant has no enabled carrier; choose pickup")));
        Money fee = carrier.feeFor(grams, in.region());
        Optional<String> waivedBy = Optional.empty();
        for (CompiledPromotion promotion : in.promotions()) {
            if (promotion.stage() != PromotionStage.SHIPPING) {
                continue;
            }
            PromotionEffect effect = promotion.evaluate(ledger.view(in.at()));
            String id = promotion.promotion().id().toString();
            if (effect instanceof PromotionEffect.FreeShipping && waivedBy.isEmpty()) {
                waivedBy = Optional.of(id);
            } else if (effect instanceof PromotionEffect.NoEffect n) {
                notApplied.add(new Inapplicable(Inapplicable.Subject.PROMOTION, id, n.missing().isPresent()
                        ? InapplicableReason.PROMOTION_MIN_SPEND_NOT_MET : InapplicableReason.PROMOTION_NOT_APPLICABLE,
                        n.missing()));
            }
        }
        Money waived = waivedBy.isPresent() ? fee : zero;
        return new ShippingQuote(DeliveryMethod.EXPRESS, Optional.of(carrier.id()), grams, fee, waived, waivedBy,
                fee.minus(waived));
    }
}
