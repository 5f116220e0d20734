package dev.zhanggui.rest.catalog;

import dev.zhanggui.catalog.CategoryId;
import dev.zhanggui.catalog.Product;
import dev.zhanggui.catalog.Sku;
import dev.zhanggui.catalog.SkuId;
import dev.zhanggui.catalog.SkuMatch;
import dev.zhanggui.rest.catalog.SkuStockLookup.SkuStockView;
import dev.zhanggui.shared.Money;
import dev.zhanggui.shared.Points;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.function.Function;

/** A product (商品) as the REST API shows it, with its specs and SKUs. Amounts are decimal strings. */
@Schema(name = "Product")
public record ProductView(String id, String code, String name, @Schema(nullable = true) String barcode,
                          @Schema(nullable = true, description = "Sanitized rich text") String description,
                          List<String> images, List<String> categories, int sortOrder,
                          @Schema(description = "ON_SALE, IN_WAREHOUSE or OFF_SHELF") String status,
                          List<SpecView> specs, List<SkuView> skus,
                          @Schema(format = "number", description = "The lowest SKU price", example = "89.00") String lowestPrice,
                          String currency, long salesCount, Instant createdAt,
                          @Schema(description = "Optimistic-concurrency version; also the ETag") long version) {

    /** A product as a caller sees it: {@code staff} also see cost prices; stock as the lookup gives it. */
    static ProductView of(Product p, Function<SkuId, SkuStockView> stock, boolean staff) {
        return new ProductView(p.id().toString(), p.code(), p.details().name(), p.details().barcode().orElse(null),
                p.details().description().orElse(null), p.details().images(),
                p.details().categories().stream().map(CategoryId::toString).toList(), p.details().sortOrder(),
                p.status().name(), p.specs().stream().map(s -> new SpecView(s.name(), s.values())).toList(),
                p.skus().stream().map(s -> SkuView.of(s, stock.apply(s.id()), staff)).toList(), p.lowestPrice().toString(),
                p.lowestPrice().currency().getCurrencyCode(), p.salesCount(), p.createdAt(), p.version());
    }

    @Schema(name = "Spec")
    public record SpecView(String name, List<String> values) {
    }

    @Schema(name = "SpecValue")
    public record SpecValueView(String name, String value) {
    }

    @Schema(name = "Sku")
    public record SkuView(String id, List<SpecValueView> specValues, String code, @Schema(nullable = true) String barcode,
                          @Schema(format = "number", example = "99.50") String listPrice, @Schema(format = "number", example = "89.00") String price,
                          String currency, @Schema(nullable = true) Long pointsPrice, int weightGrams,
                          @Schema(nullable = true, description = "At the store asked for, else the central warehouse")
                          SkuStockView stock,
                          @Schema(format = "number", nullable = true, description = "成本价; staff only", example = "60.00") String costPrice) {
        static SkuView of(Sku s, SkuStockView stock, boolean staff) {
            return new SkuView(s.id().toString(),
                    s.specValues().stream().map(v -> new SpecValueView(v.name(), v.value())).toList(), s.code(),
                    s.barcode().orElse(null), s.listPrice().toString(), s.price().toString(),
                    s.price().currency().getCurrencyCode(), s.pointsPrice().map(Points::value).orElse(null),
                    s.weightGrams(), stock,
                    staff ? s.costPrice().map(Money::toString).orElse(null) : null);
        }
    }

    /** A scanned SKU with its product. */
    @Schema(name = "SkuMatch")
    public record SkuMatchView(SkuView sku, ProductView product) {
        static SkuMatchView of(SkuMatch m, Function<SkuId, SkuStockView> stock, boolean staff) {
            return new SkuMatchView(SkuView.of(m.sku(), stock.apply(m.sku().id()), staff),
                    ProductView.of(m.product(), stock, staff));
        }
    }
}
