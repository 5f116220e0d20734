package dev.zhanggui.pricing;

import dev.zhanggui.catalog.SkuId;
import dev.zhanggui.customer.MemberLevel;
import dev.zhanggui.shared.Money;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The first step of a quote: the candidate prices of every line's tiers, and the unit price the
 * merchant's {@link UnitPricePolicy} chooses. Quantity breaks and flash caps count the SKU's
 * quantity over the whole cart, so splitting a SKU over lines changes nothing.
 */
final class UnitPricing {
    private UnitPricing() {
    }

    static List<UnitPrice> unitPrices(QuoteInputs in, List<PricedSku> skus, List<Inapplicable> notApplied) {
        Map<SkuId, Integer> quantities = new HashMap<>();
        for (CartLine line : in.lines()) {
            quantities.merge(line.sku(), line.quantity(), Integer::sum);
        }
        Map<SkuId, Optional<UnitPrice>> flash = new HashMap<>();
        List<UnitPrice> prices = new ArrayList<>(in.lines().size());
        for (int i = 0; i < in.lines().size(); i++) {
            CartLine line = in.lines().get(i);
            PricedSku sku = skus.get(i);
            int quantity = quantities.get(line.sku());
            Optional<UnitPrice> flashPrice = flash.computeIfAbsent(line.sku(),
                    s -> flashPrice(in, s, quantity, notApplied));
            PriceCandidates candidates = new PriceCandidates(UnitPrice.list(sku.listPrice()),
                    levelPrice(in, sku), priceListPrice(in, line.sku(), quantity), flashPrice);
            prices.add(in.unitPricePolicy().choose(candidates));
        }
        return prices;
    }

    /** The level price if one is set for the SKU (it overrides the rate), else the level rate × list price. */
    private static Optional<UnitPrice> levelPrice(QuoteInputs in, PricedSku sku) {
        if (in.level().isEmpty()) {
            return Optional.empty();
        }
        MemberLevel level = in.level().get();
        LevelPrice fixed = in.levelPrices().get(sku.sku());
        if (fixed != null) {
            return Optional.of(UnitPrice.of(fixed.price(), PriceTier.LEVEL_PRICE, level.id()));
        }
        return Optional.of(UnitPrice.of(sku.listPrice().times(level.discountRate()), PriceTier.LEVEL_RATE, level.id()));
    }

    /** The lowest price of the applicable price lists for the quantity. */
    private static Optional<UnitPrice> priceListPrice(QuoteInputs in, SkuId sku, int quantity) {
        UnitPrice best = null;
        for (PriceList list : in.priceLists()) {
            Optional<Money> price = list.unitPriceFor(sku, quantity);
            if (price.isPresent() && (best == null || price.get().isLessThan(best.amount()))) {
                best = UnitPrice.of(price.get(), PriceTier.PRICE_LIST, list.id());
            }
        }
        return Optional.ofNullable(best);
    }

    /** The lowest running time-limited price whose cap still allows the quantity. */
    private static Optional<UnitPrice> flashPrice(QuoteInputs in, SkuId sku, int quantity,
                                                  List<Inapplicable> notApplied) {
        UnitPrice best = null;
        for (FlashPrice flash : in.flashPrices()) {
            if (!flash.sku().equals(sku) || !flash.window().contains(in.at())) {
                continue;
            }
            if (!flash.allows(in.flashBought().getOrDefault(flash.id(), 0), quantity)) {
                notApplied.add(new Inapplicable(Inapplicable.Subject.FLASH_PRICE, flash.id().toString(),
                        InapplicableReason.FLASH_CAP_EXCEEDED, Optional.empty()));
                continue;
            }
            if (best == null || flash.price().isLessThan(best.amount())) {
                best = UnitPrice.of(flash.price(), PriceTier.FLASH_PRICE, flash.id());
            }
        }
        return Optional.ofNullable(best);
    }
}
