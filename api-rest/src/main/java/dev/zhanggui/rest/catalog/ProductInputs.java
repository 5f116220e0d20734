package dev.zhanggui.rest.catalog;

import dev.zhanggui.catalog.NewProduct;
import dev.zhanggui.catalog.ProductChange;
import dev.zhanggui.catalog.ProductDetails;
import dev.zhanggui.catalog.ProductFields;
import dev.zhanggui.catalog.SkuDraft;
import dev.zhanggui.catalog.SkuRevision;
import dev.zhanggui.catalog.Spec;
import dev.zhanggui.catalog.SpecValue;
import dev.zhanggui.shared.Points;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The request bodies of the product endpoints. Amounts are decimal strings ({@code "99.50"}). */
public final class ProductInputs {
    private ProductInputs() {
    }

    @Schema(name = "SpecInput", description = "A spec (规格) and its ordered values, e.g. 颜色: 红, 黄")
    public record SpecInput(@Schema(required = true) String name, @Schema(required = true) List<String> values) {
    }

    @Schema(name = "SpecValueInput")
    public record SpecValueInput(@Schema(required = true) String name, @Schema(required = true) String value) {
    }

    @Schema(name = "SkuInput", description = "A SKU's data; specValues name its combination (ignored in a template)."
            + " Without a code, the SKU keeps its code or a new one is made from the product code.")
    public record SkuInput(List<SpecValueInput> specValues, String code, String barcode,
                           @Schema(format = "number", required = true, example = "99.50") String listPrice,
                           @Schema(format = "number", required = true, example = "89.00") String price,
                           @Schema(description = "ISO 4217, CNY by default") String currency,
                           Long pointsPrice, Integer weightGrams,
                           @Schema(format = "number", description = "成本价, seen by staff only", example = "60.00") String costPrice) {
        SkuDraft toDraft(String field) {
            List<SpecValue> values = specValues == null ? List.of()
                    : specValues.stream().map(v -> new SpecValue(v.name(), v.value())).toList();
            return new SkuDraft(values, Optional.ofNullable(code), Optional.ofNullable(barcode),
                    ProductFields.money(field + ".listPrice", listPrice, currency),
                    ProductFields.money(field + ".price", price, currency),
                    Optional.ofNullable(pointsPrice).map(Points::of), weightGrams == null ? 0 : weightGrams,
                    ProductFields.optionalMoney(field + ".costPrice", costPrice, currency));
        }
    }

    @Schema(name = "NewProductInput")
    public record NewProductInput(@Schema(required = true) String code, @Schema(required = true) String name,
                                  String barcode, @Schema(description = "Rich text (HTML), sanitized") String description,
                                  List<String> images, List<String> categories, Integer sortOrder,
                                  @Schema(description = "ON_SALE, IN_WAREHOUSE (default) or OFF_SHELF") String status,
                                  List<SpecInput> specs, List<SkuInput> skus,
                                  @Schema(description = "Data for every combination no SKU is given for") SkuInput skuTemplate) {
        NewProduct toNewProduct() {
            ProductDetails details = new ProductDetails(code, name, Optional.ofNullable(barcode),
                    Optional.ofNullable(description), images, ProductFields.categories("categories", categories),
                    sortOrder == null ? 0 : sortOrder);
            return new NewProduct(details, ProductFields.status("status", status), ProductInputs.specs(specs), drafts(skus),
                    template(skuTemplate));
        }
    }

    @Schema(name = "ProductPatch", description = "An absent field stays as it is; an empty barcode or description"
            + " clears it. specs, skus or skuTemplate revise the SKU matrix, keeping the SKUs of surviving combinations.")
    public record ProductPatch(String code, String name, String barcode, String description, List<String> images,
                               List<String> categories, Integer sortOrder, List<SpecInput> specs, List<SkuInput> skus,
                               SkuInput skuTemplate) {
        ProductChange toChange() {
            Optional<SkuRevision> revision = specs == null && skus == null && skuTemplate == null ? Optional.empty()
                    : Optional.of(new SkuRevision(Optional.ofNullable(specs).map(ProductInputs::specs), drafts(skus),
                    template(skuTemplate)));
            return new ProductChange(Optional.ofNullable(code), Optional.ofNullable(name), Optional.ofNullable(barcode),
                    Optional.ofNullable(description), Optional.ofNullable(images),
                    Optional.ofNullable(categories).map(c -> ProductFields.categories("categories", c)),
                    Optional.ofNullable(sortOrder), revision);
        }
    }

    @Schema(name = "ProductStatusInput")
    public record StatusInput(@Schema(required = true, description = "ON_SALE, IN_WAREHOUSE or OFF_SHELF") String status) {
    }

    static List<Spec> specs(List<SpecInput> specs) {
        return specs == null ? List.of() : specs.stream().map(s -> new Spec(s.name(), s.values())).toList();
    }

    static List<SkuDraft> drafts(List<SkuInput> skus) {
        List<SkuDraft> drafts = new ArrayList<>();
        if (skus != null) {
            for (int i = 0; i < skus.size(); i++) {
                drafts.add(skus.get(i).toDraft("skus[" + i + "]"));
            }
        }
        return drafts;
    }

    static Optional<SkuDraft> template(SkuInput template) {
        return Optional.ofNullable(template).map(t -> t.toDraft("skuTemplate"));
    }
}
