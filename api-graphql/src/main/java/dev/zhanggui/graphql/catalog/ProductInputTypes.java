package dev.zhanggui.graphql.catalog;

import dev.zhanggui.catalog.NewProduct;
import dev.zhanggui.catalog.ProductChange;
import dev.zhanggui.catalog.ProductDetails;
import dev.zhanggui.catalog.ProductFields;
import dev.zhanggui.catalog.SkuDraft;
import dev.zhanggui.catalog.SkuRevision;
import dev.zhanggui.catalog.Spec;
import dev.zhanggui.catalog.SpecValue;
import dev.zhanggui.shared.Points;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The GraphQL inputs of products. */
public final class ProductInputTypes {
    private ProductInputTypes() {
    }

    @Input("SpecInput")
    public record SpecInput(@NonNull String name, @NonNull List<String> values) {
    }

    @Input("SpecValueInput")
    public record SpecValueInput(@NonNull String name, @NonNull String value) {
    }

    @Input("SkuInput")
    @Description("A SKU's data; specValues name its combination (ignored in a template). Without a code, the SKU"
            + " keeps its code or a new one is made from the product code.")
    public record SkuInput(List<SpecValueInput> specValues, String code, String barcode,
                           @NonNull @Description("e.g. \"99.50\"") String listPrice,
                           @NonNull @Description("e.g. \"89.00\"") String price,
                           @Description("ISO 4217, CNY by default") String currency, Long pointsPrice,
                           Integer weightGrams,
                           @Description("成本价, seen by staff only, e.g. \"60.00\"") String costPrice) {
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

    @Input("NewProductInput")
    public record NewProductInput(@NonNull String code, @NonNull String name, String barcode, String description,
                                  List<String> images, List<String> categoryIds,
                                  Integer sortOrder,
                                  @Description("IN_WAREHOUSE unless given") ProductEnums.Status status,
                                  List<SpecInput> specs, List<SkuInput> skus,
                                  @Description("Data for every combination no SKU is given for") SkuInput skuTemplate) {
        NewProduct toNewProduct() {
            ProductDetails details = new ProductDetails(code, name, Optional.ofNullable(barcode),
                    Optional.ofNullable(description), images, ProductFields.categories("categoryIds", categoryIds),
                    sortOrder == null ? 0 : sortOrder);
            return new NewProduct(details, Optional.ofNullable(status).map(ProductEnums.Status::toCore), ProductInputTypes.specs(specs), drafts(skus),
                    Optional.ofNullable(skuTemplate).map(t -> t.toDraft("skuTemplate")));
        }
    }

    @Input("ProductPatchInput")
    @Description("An absent field stays as it is; an empty barcode or description clears it. specs, skus or"
            + " skuTemplate revise the SKU matrix, keeping the SKUs of combinations that still exist.")
    public record ProductPatchInput(String code, String name, String barcode, String description,
                                    List<String> images, List<String> categoryIds,
                                    Integer sortOrder, List<SpecInput> specs, List<SkuInput> skus,
                                    SkuInput skuTemplate) {
        ProductChange toChange() {
            Optional<SkuRevision> revision = specs == null && skus == null && skuTemplate == null ? Optional.empty()
                    : Optional.of(new SkuRevision(Optional.ofNullable(specs).map(ProductInputTypes::specs),
                    drafts(skus), Optional.ofNullable(skuTemplate).map(t -> t.toDraft("skuTemplate"))));
            return new ProductChange(Optional.ofNullable(code), Optional.ofNullable(name), Optional.ofNullable(barcode),
                    Optional.ofNullable(description), Optional.ofNullable(images),
                    Optional.ofNullable(categoryIds).map(c -> ProductFields.categories("categoryIds", c)),
                    Optional.ofNullable(sortOrder), revision);
        }
    }

    @Input("ProductFilter")
    public record ProductFilterInput(@Description("Text in the name, code or barcode") String q,
                                     @Id @Description("Includes sub-categories") String categoryId,
                                     @Description("Staff only; others see ON_SALE") ProductEnums.Status status,
                                     @Id @Description("Only products this store stocks; their SKUs then show this store's stock")
                                     String storeId) {
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
}
