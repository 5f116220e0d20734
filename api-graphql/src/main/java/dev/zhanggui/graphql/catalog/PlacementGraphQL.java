package dev.zhanggui.graphql.catalog;

import dev.zhanggui.catalog.PlacementService;
import dev.zhanggui.graphql.catalog.PlacementTypes.PlacementNode;
import dev.zhanggui.graphql.catalog.PlacementTypes.SetPlacementPayload;
import dev.zhanggui.graphql.shared.Mutations;
import dev.zhanggui.shared.Actor;
import dev.zhanggui.shared.Roles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import java.util.Arrays;
import java.util.List;

/**
 * Featured placements over GraphQL: the storefront reads a placement's products (loaded in one
 * batch with their SKUs and categories); staff replace the whole ordered list.
 */
@GraphQLApi
public class PlacementGraphQL {
    @Inject
    PlacementService placements;
    @Inject
    Provider<Actor> actor;
    @Inject
    Mutations mutations;

    @Query("placement")
    @Description("A placement's products in order; customers and anonymous callers see products on sale only")
    @PermitAll
    public @NonNull PlacementNode placement(@NonNull @Name("code") String code) {
        return PlacementNode.of(placements.get(actor.get(), code));
    }

    @Mutation("setPlacement")
    @Description("Replaces a placement's products (at most 50, in order; empty clears it); PLACEMENT_INVALID"
            + " naming productIds[i] for an unknown or repeated product")
    @RolesAllowed({Roles.MERCHANT_ADMIN, Roles.MERCHANT_STAFF, Roles.INTEGRATION})
    public @NonNull SetPlacementPayload setPlacement(@NonNull @Name("code") String code,
                                                     @NonNull @Name("productIds") List<@NonNull String> productIds,
                                                     @Name("idempotencyKey") String idempotencyKey) {
        return mutations.run("setPlacement", idempotencyKey, Arrays.asList(code, productIds),
                SetPlacementPayload.class, () -> SetPlacementPayload.of(placements.setPlacement(actor.get(), code,
                        PlacementService.productIds(productIds))), SetPlacementPayload::refused);
    }
}
