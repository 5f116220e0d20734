package dev.zhanggui.catalog;

import dev.zhanggui.shared.Money;
import dev.zhanggui.shared.Points;

import java.util.List;
import java.util.Optional;

/**
 * A stock-keeping unit (SKU, 规格商品): one combination of a product's spec values with its own
 * code, barcode, list price (原价), price, points price, weight, and cost price (成本价, for the
 * merchant's eyes only). A product without specs has exactly one SKU, whose combination is empty.
 */
public record Sku(SkuId id, List<SpecValue> specValues, String code, Optional<String> barcode, Money listPrice,
                  Money price, Optional<Points> pointsPrice, int weightGrams, Optional<Money> costPrice) {
    public Sku {
        specValues = List.copyOf(specValues);
        costPrice = costPrice == null ? Optional.empty() : costPrice;
    }

    /** A SKU whose cost is not recorded. */
    public Sku(SkuId id, List<SpecValue> specValues, String code, Optional<String> barcode, Money listPrice,
               Money price, Optional<Points> pointsPrice, int weightGrams) {
        this(id, specValues, code, barcode, listPrice, price, pointsPrice, weightGrams, Optional.empty());
    }

    /** Whether a change from {@code before} to this SKU touches what customers pay. */
    boolean pricedDifferentlyThan(Sku before) {
        return !listPrice.equals(before.listPrice) || !price.equals(before.price)
                || !pointsPrice.equals(before.pointsPrice);
    }
}
