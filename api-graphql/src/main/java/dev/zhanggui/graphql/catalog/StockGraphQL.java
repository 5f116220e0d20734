package dev.zhanggui.graphql.catalog;

import dev.zhanggui.catalog.SkuId;
import dev.zhanggui.catalog.StockMovementFilter;
import dev.zhanggui.catalog.StockService;
import dev.zhanggui.catalog.StoreId;
import dev.zhanggui.graphql.catalog.StockTypes.AdjustStockInput;
import dev.zhanggui.graphql.catalog.StockTypes.SetStockInput;
import dev.zhanggui.graphql.catalog.StockTypes.StockLevelConnection;
import dev.zhanggui.graphql.catalog.StockTypes.StockMovementConnection;
import dev.zhanggui.graphql.catalog.StockTypes.StockPayload;
import dev.zhanggui.graphql.shared.Mutations;
import dev.zhanggui.shared.Actor;
import dev.zhanggui.shared.PageRequest;
import dev.zhanggui.shared.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import java.util.Optional;

/** Stock (库存) over GraphQL, for staff: levels per place, the movement ledger, and changes (each recorded). */
@GraphQLApi
@RolesAllowed({Roles.MERCHANT_ADMIN, Roles.MERCHANT_STAFF, Roles.INTEGRATION})
public class StockGraphQL {
    @Inject
    StockService stock;
    @Inject
    Provider<Actor> actor;
    @Inject
    Mutations mutations;

    @Query("stockLevels")
    @Description("The stock levels held at a store, or in the central warehouse without storeId, by SKU id")
    public @NonNull StockLevelConnection stockLevels(@Id @Name("storeId") String storeId,
                                                     @Name("first") @DefaultValue("20") int first,
                                                     @Name("after") String after) {
        return StockLevelConnection.of(stock.stockAt(actor.get(), StockTypes.location(storeId),
                PageRequest.of(first, after)));
    }

    @Query("stockMovements")
    @Description("The stock ledger (库存流水), newest first, of one SKU and/or one store")
    public @NonNull StockMovementConnection stockMovements(@Id @Name("skuId") String skuId,
                                                           @Id @Name("storeId") String storeId,
                                                           @Name("first") @DefaultValue("20") int first,
                                                           @Name("after") String after) {
        StockMovementFilter filter = new StockMovementFilter(
                Optional.ofNullable(skuId).filter(s -> !s.isBlank()).map(SkuId::parse),
                Optional.ofNullable(storeId).filter(s -> !s.isBlank()).map(StoreId::parse));
        return StockMovementConnection.of(stock.movements(actor.get(), filter, PageRequest.of(first, after)));
    }

    @Mutation("adjustStock")
    @Description("Add or remove stock; STOCK_INSUFFICIENT when it would go below zero (nothing changes)")
    public @NonNull StockPayload adjustStock(@NonNull @Name("input") AdjustStockInput input,
                                             @Name("idempotencyKey") String idempotencyKey) {
        return mutations.run("adjustStock", idempotencyKey, input, StockPayload.class,
                () -> StockPayload.of(stock.adjustStock(actor.get(), SkuId.parse(input.skuId()), input.location(),
                        input.delta(), input.reason().toCore(), Optional.ofNullable(input.note()))),
                StockPayload::refused);
    }

    @Mutation("setStock")
    @Description("Set the counted quantity on hand (盘点)")
    public @NonNull StockPayload setStock(@NonNull @Name("input") SetStockInput input,
                                          @Name("idempotencyKey") String idempotencyKey) {
        return mutations.run("setStock", idempotencyKey, input, StockPayload.class,
                () -> StockPayload.of(stock.setStock(actor.get(), SkuId.parse(input.skuId()), input.location(),
                        input.quantity(), input.reason().toCore(), Optional.ofNullable(input.note()))),
                StockPayload::refused);
    }
}
