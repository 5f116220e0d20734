package dev.zhanggui.catalog;

import dev.zhanggui.shared.Money;
import dev.zhanggui.shared.Points;

import java.util.List;
import java.util.Optional;

/**
 * The data of one SKU as a request gives it, naming its combination by spec values. A missing
 * code keeps the code of the SKU already standing for that combination, or is made up from the
 * product code for a new one ({@code P001-3}). In a template (used for every new combination the
 * request gives no draft for), {@code specValues} is ignored.
 */
public record SkuDraft(List<SpecValue> specValues, Optional<String> code, Optional<String> barcode, Money listPrice,
                       Money price, Optional<Points> pointsPrice, int weightGrams, Optional<Money> costPrice) {
    public SkuDraft {
        specValues = specValues == null ? List.of() : List.copyOf(specValues);
        code = code == null ? Optional.empty() : code.map(String::strip).filter(c -> !c.isEmpty());
        barcode = barcode == null ? Optional.empty() : barcode.map(String::strip).filter(b -> !b.isEmpty());
        pointsPrice = pointsPrice == null ? Optional.empty() : pointsPrice;
        costPrice = costPrice == null ? Optional.empty() : costPrice;
    }

    /** A draft that records no cost price. */
    public SkuDraft(List<SpecValue> specValues, Optional<String> code, Optional<String> barcode, Money listPrice,
                    Money price, Optional<Points> pointsPrice, int weightGrams) {
        this(specValues, code, barcode, listPrice, price, pointsPrice, weightGrams, Optional.empty());
    }
}
