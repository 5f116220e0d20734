package dev.zhanggui.graphql.catalog;

import dev.zhanggui.catalog.StoreId;
import dev.zhanggui.catalog.StoreService;
import dev.zhanggui.graphql.catalog.StoreTypes.GeoPointInput;
import dev.zhanggui.graphql.catalog.StoreTypes.NewStoreInput;
import dev.zhanggui.graphql.catalog.StoreTypes.StoreNode;
import dev.zhanggui.graphql.catalog.StoreTypes.StorePatchInput;
import dev.zhanggui.graphql.catalog.StoreTypes.StorePayload;
import dev.zhanggui.graphql.shared.Mutations;
import dev.zhanggui.shared.Actor;
import dev.zhanggui.shared.DomainException;
import dev.zhanggui.shared.ErrorCode;
import dev.zhanggui.shared.PageRequest;
import dev.zhanggui.shared.Roles;
import jakarta.annotation.security.PermitAll;
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

import java.util.Arrays;
import java.util.List;

/** Stores (门店) over GraphQL: anyone finds them, the nearest first; staff keep them. */
@GraphQLApi
public class StoreGraphQL {
    @Inject
    StoreService stores;
    @Inject
    Provider<Actor> actor;
    @Inject
    Mutations mutations;

    @Query("stores")
    @Description("The merchant's stores: nearest first with distanceMeters when 'near' is given, otherwise in the"
            + " order they were opened. Merchants have few stores, so this is a plain list.")
    @PermitAll
    public @NonNull List<@NonNull StoreNode> stores(@Name("near") GeoPointInput near,
                                                    @Name("first") @DefaultValue("20") int first) {
        if (near != null) {
            return stores.nearest(actor.get(), near.toPoint(), first).stream()
                    .map(n -> StoreNode.of(n.store(), n.distanceMeters())).toList();
        }
        return stores.list(actor.get(), PageRequest.first(first)).items().stream()
                .map(s -> StoreNode.of(s, null)).toList();
    }

    @Query("store")
    @Description("One store, or null")
    @PermitAll
    public StoreNode store(@NonNull @Id @Name("id") String id) {
        try {
            return StoreNode.of(stores.get(actor.get(), StoreId.parse(id)), null);
        } catch (DomainException e) {
            if (e.code() == ErrorCode.STORE_NOT_FOUND) {
                return null;
            }
            throw e;
        }
    }

    @Mutation("createStore")
    @RolesAllowed({Roles.MERCHANT_ADMIN, Roles.MERCHANT_STAFF, Roles.INTEGRATION})
    public @NonNull StorePayload createStore(@NonNull @Name("input") NewStoreInput input,
                                             @Name("idempotencyKey") String idempotencyKey) {
        return mutations.run("createStore", idempotencyKey, input, StorePayload.class,
                () -> StorePayload.of(stores.create(actor.get(), input.toDetails())), StorePayload::refused);
    }

    @Mutation("updateStore")
    @RolesAllowed({Roles.MERCHANT_ADMIN, Roles.MERCHANT_STAFF, Roles.INTEGRATION})
    public @NonNull StorePayload updateStore(@NonNull @Id @Name("id") String id,
                                             @NonNull @Name("input") StorePatchInput input,
                                             @Name("expectedVersion") Integer expectedVersion,
                                             @Name("idempotencyKey") String idempotencyKey) {
        return mutations.run("updateStore", idempotencyKey, Arrays.asList(id, input, expectedVersion),
                StorePayload.class, () -> StorePayload.of(stores.update(actor.get(), StoreId.parse(id),
                        input.toChange(), CategoryGraphQL.version(expectedVersion))), StorePayload::refused);
    }
}
