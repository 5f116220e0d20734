package dev.zhanggui.graphql.catalog;

import dev.zhanggui.catalog.CategoryId;
import dev.zhanggui.catalog.Product;
import dev.zhanggui.catalog.Sku;
import dev.zhanggui.catalog.SkuMatch;
import dev.zhanggui.catalog.StoreId;
import dev.zhanggui.graphql.shared.PageInfo;
import dev.zhanggui.graphql.shared.Payload;
import dev.zhanggui.graphql.shared.UserError;
import dev.zhanggui.shared.Money;
import dev.zhanggui.shared.Page;
import dev.zhanggui.shared.Points;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The GraphQL types and payloads of products. Amounts are decimal strings with a currency. */
public final class ProductTypes {
    private ProductTypes() {
    }

    @Type("Product")
    @Description("A product (商品, SPU) with its specs (规格) and SKUs")
    public record ProductNode(@NonNull @Id String id, @NonNull String code, @NonNull String name, String barcode,
                              @Description("Sanitized rich text (HTML)") String description,
                              @NonNull List<@NonNull String> images, @NonNull List<@NonNull String> categoryIds,
                              @NonNull int sortOrder, @NonNull ProductEnums.Status status,
                              @NonNull List<@NonNull SpecNode> specs, @NonNull List<@NonNull SkuNode> skus,
                              @NonNull @Description("The lowest SKU price, e.g. \"89.00\"") String lowestPrice,
                              @NonNull String currency, @NonNull long salesCount, @NonNull Instant createdAt,
                              @NonNull @Description("Pass as expectedVersion to guard an update") int version) {
        static ProductNode of(Product p) {
            return of(p, Optional.empty());
        }

        /** A product whose SKUs show their stock at the store (the central warehouse when empty). */
        static ProductNode of(Product p, Optional<StoreId> stockAt) {
            return new ProductNode(p.id().toString(), p.code(), p.details().name(), p.details().barcode().orElse(null),
                    p.details().description().orElse(null), p.details().images(),
                    p.details().categories().stream().map(CategoryId::toString).toList(), p.details().sortOrder(),
                    ProductEnums.Status.of(p.status()), p.specs().stream().map(s -> new SpecNode(s.name(), s.values())).toList(),
                    p.skus().stream().map(s -> SkuNode.of(s, stockAt)).toList(), p.lowestPrice().toString(),
                    p.lowestPrice().currency().getCurrencyCode(), p.salesCount(), p.createdAt(),
                    Math.toIntExact(p.version()));
        }
    }

    @Type("Spec")
    public record SpecNode(@NonNull String name, @NonNull List<@NonNull String> values) {
    }

    @Type("SpecValue")
    public record SpecValueNode(@NonNull String name, @NonNull String value) {
    }

    @Type("Sku")
    @Description("One combination of spec values with its code, barcode, prices and weight")
    public record SkuNode(@NonNull @Id String id, @NonNull List<@NonNull SpecValueNode> specValues,
                          @NonNull String code, String barcode,
                          @NonNull @Description("原价, e.g. \"99.50\"") String listPrice,
                          @NonNull @Description("e.g. \"89.00\"") String price, @NonNull String currency,
                          Long pointsPrice, @NonNull int weightGrams,
                          @Ignore Optional<StoreId> stockAt, @Ignore Optional<Money> cost) {
        static SkuNode of(Sku s, Optional<StoreId> stockAt) {
            return new SkuNode(s.id().toString(),
                    s.specValues().stream().map(v -> new SpecValueNode(v.name(), v.value())).toList(), s.code(),
                    s.barcode().orElse(null), s.listPrice().toString(), s.price().toString(),
                    s.price().currency().getCurrencyCode(), s.pointsPrice().map(Points::value).orElse(null),
                    s.weightGrams(), stockAt, s.costPrice());
        }
    }

    @Type("SkuMatch")
    @Description("A scanned SKU with its product")
    public record SkuMatchNode(@NonNull SkuNode sku, @NonNull ProductNode product) {
        static SkuMatchNode of(SkuMatch m, Optional<StoreId> stockAt) {
            return new SkuMatchNode(SkuNode.of(m.sku(), stockAt), ProductNode.of(m.product(), stockAt));
        }
    }

    @Type("ProductEdge")
    public record ProductEdge(@NonNull String cursor, @NonNull ProductNode node) {
    }

    @Type("ProductConnection")
    public record ProductConnection(@NonNull List<@NonNull ProductEdge> edges, @NonNull PageInfo pageInfo) {
        static ProductConnection of(Page<Product> page) {
            return of(page, Optional.empty());
        }

        static ProductConnection of(Page<Product> page, Optional<StoreId> stockAt) {
            List<ProductEdge> edges = new ArrayList<>();
            for (int i = 0; i < page.items().size(); i++) {
                edges.add(new ProductEdge(page.cursors().get(i), ProductNode.of(page.items().get(i), stockAt)));
            }
            return new ProductConnection(edges, new PageInfo(page.next().isPresent(),
                    page.cursors().isEmpty() ? null : page.cursors().getLast()));
        }
    }

    @Type("ProductPayload")
    public record ProductPayload(ProductNode product, @NonNull List<@NonNull UserError> errors) implements Payload {
        static ProductPayload of(Product product) {
            return new ProductPayload(ProductNode.of(product), List.of());
        }

        static ProductPayload refused(List<UserError> errors) {
            return new ProductPayload(null, errors);
        }
    }

    @Type("DeleteProductPayload")
    public record DeleteProductPayload(@Id String deletedId, @NonNull List<@NonNull UserError> errors)
            implements Payload {
        static DeleteProductPayload refused(List<UserError> errors) {
            return new DeleteProductPayload(null, errors);
        }
    }
}
