package dev.zhanggui.graphql.catalog;

import dev.zhanggui.catalog.CategoryService;
import dev.zhanggui.catalog.SkuId;
import dev.zhanggui.catalog.StockService;
import dev.zhanggui.catalog.StockSummary;
import dev.zhanggui.catalog.StoreId;
import dev.zhanggui.graphql.catalog.CategoryTypes.CategoryNode;
import dev.zhanggui.graphql.catalog.ProductTypes.ProductNode;
import dev.zhanggui.graphql.catalog.ProductTypes.SkuNode;
import dev.zhanggui.shared.Actor;
import dev.zhanggui.shared.Money;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;
import org.eclipse.microprofile.graphql.Type;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The fields of products and SKUs that need another read, loaded for every product of a page at
 * once (one statement per field and page, however many products), never one by one; and the
 * fields only staff may see.
 */
@GraphQLApi
public class ProductBatchedFields {
    @Inject
    CategoryService categories;
    @Inject
    StockService stock;
    @Inject
    Provider<Actor> actor;

    @Name("categories")
    @Description("The categories the product sits in, each with its sub-categories")
    public List<@NonNull List<@NonNull CategoryNode>> categories(@Source List<ProductNode> products) {
        Map<String, CategoryNode> byId = new HashMap<>();
        categories.tree(actor.get()).stream().map(CategoryNode::of).forEach(node -> index(node, byId));
        return products.stream().map(p -> p.categoryIds().stream().map(byId::get).filter(Objects::nonNull).toList())
                .toList();
    }

    @Name("stock")
    @Description("The SKU's stock at the store the query named, else in the central warehouse")
    public List<@NonNull SkuStockNode> stock(@Source List<SkuNode> skus) {
        Map<Optional<StoreId>, List<SkuId>> byPlace = new LinkedHashMap<>();
        skus.forEach(s -> byPlace.computeIfAbsent(s.stockAt(), k -> new ArrayList<>()).add(SkuId.parse(s.id())));
        Map<Optional<StoreId>, Map<SkuId, StockSummary>> levels = new HashMap<>();
        Actor caller = actor.get();
        byPlace.forEach((place, ids) -> levels.put(place, stock.levels(caller.merchant(), ids, place)));
        boolean staff = caller.actsForMerchant();
        return skus.stream().map(s -> SkuStockNode.of(levels.get(s.stockAt()).get(SkuId.parse(s.id())), staff))
                .toList();
    }

    @Name("costPrice")
    @Description("成本价, e.g. \"60.00\"; staff only (null for everyone else)")
    public String costPrice(@Source SkuNode sku) {
        return actor.get().actsForMerchant() ? sku.cost().map(Money::toString).orElse(null) : null;
    }

    private static void index(CategoryNode node, Map<String, CategoryNode> byId) {
        byId.put(node.id(), node);
        node.children().forEach(child -> index(child, byId));
    }

    @Type("SkuStock")
    @Description("The stock of a SKU at one place; never negative")
    public record SkuStockNode(@NonNull @Description("What can be sold now: on hand less reserved") int available,
                               @Description("Staff only") Integer onHand,
                               @Description("Staff only: held by unpaid orders") Integer reserved) {
        static SkuStockNode of(StockSummary level, boolean staff) {
            return new SkuStockNode(level.available(), staff ? level.onHand() : null, staff ? level.reserved() : null);
        }
    }
}
