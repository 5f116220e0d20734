package dev.zhanggui.rest.catalog;

import dev.zhanggui.catalog.Placement;
import dev.zhanggui.catalog.SkuId;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.function.Function;

/** A featured placement: its code and its products in order. */
@Schema(name = "Placement")
public record PlacementView(@Schema(example = "home-carousel") String code, List<ProductView> products) {
    static PlacementView of(Placement placement, Function<SkuId, SkuStockLookup.SkuStockView> stock, boolean staff) {
        return new PlacementView(placement.code(),
                placement.products().stream().map(p -> ProductView.of(p, stock, staff)).toList());
    }

    /** The body of a replacement: the whole ordered list. */
    @Schema(name = "PlacementInput")
    public record PlacementInput(@Schema(required = true, description = "At most 50 product ids, in order; empty clears the placement")
                                 List<String> productIds) {
    }
}
