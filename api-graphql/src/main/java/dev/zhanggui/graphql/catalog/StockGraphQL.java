package dev.zhanggui.graphql.catalog;

import dev.zhanggui.catalog.SkuId;
import dev.zhanggui.catalog.StockService;
import dev.zhanggui.graphql.catalog.StockTypes.AdjustStockInput;
import dev.zhanggui.graphql.catalog.StockTypes.SetStockInput;
import dev.zhanggui.graphql.catalog.StockTypes.StockPayload;
import dev.zhanggui.graphql.shared.Mutations;
import dev.zhanggui.shared.Actor;
import dev.zhanggui.shared.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import java.util.Optional;

/** Stock (库存) changes over GraphQL, for staff: every change is recorded as a movement. */
@GraphQLApi
@RolesAllowed({Roles.MERCHANT_ADMIN, Roles.MERCHANT_STAFF, Roles.INTEGRATION})
public class StockGraphQL {
    @Inject
    StockService stock;
    @Inject
    Provider<Actor> actor;
    @Inject
    Mutations mutations;

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
