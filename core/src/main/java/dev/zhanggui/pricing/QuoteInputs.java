package dev.zhanggui.pricing;

import dev.zhanggui.catalog.SkuId;
import dev.zhanggui.customer.MemberLevel;
import dev.zhanggui.promotion.CompiledPromotion;
import dev.zhanggui.shared.MerchantId;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything a quote depends on, loaded beforehand, so that {@link QuoteCalculator} is a pure
 * function of it: the same inputs always give the same quote.
 *
 * @param flashBought   per time-limited price, what the customer bought at it before
 * @param promotions    running promotions in application order
 * @param coupons       every coupon the customer holds (none for an anonymous quote)
 * @param carriers      the enabled carriers; the requested one or the cheapest is used
 */
public record QuoteInputs(MerchantId merchant, Instant at, List<CartLine> lines, Map<SkuId, PricedSku> skus,
                          Optional<MemberLevel> level, Map<SkuId, LevelPrice> levelPrices, List<PriceList> priceLists,
                          List<FlashPrice> flashPrices, Map<FlashPriceId, Integer> flashBought,
                          List<CompiledPromotion> promotions, List<CouponOffer> coupons, CouponChoice couponChoice,
                          DeliveryMethod delivery, Optional<CarrierId> carrier, List<Carrier> carriers,
                          Optional<ShippingRegion> region, UnitPricePolicy unitPricePolicy) {
    public QuoteInputs {
        lines = List.copyOf(lines);
        skus = Map.copyOf(skus);
        levelPrices = Map.copyOf(levelPrices);
        priceLists = List.copyOf(priceLists);
        flashPrices = List.copyOf(flashPrices);
        flashBought = Map.copyOf(flashBought);
        promotions = List.copyOf(promotions);
        coupons = List.copyOf(coupons);
        carriers = List.copyOf(carriers);
    }
}
